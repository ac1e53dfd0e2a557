package dev.qbrsync.core.testing;

import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.service.ApiAccessService;
import dev.qbrsync.core.service.CorePorts;
import dev.qbrsync.core.service.MappingAdministrationService;
import dev.qbrsync.core.service.SyncOverviewService;
import dev.qbrsync.core.service.WebConnectorService;
import dev.qbrsync.core.service.WebConnectorSettings;

import java.time.Clock;

/**
 * The whole core on in-memory ports, for tests and for embedders who want to try it without a database. The Web
 * Connector user {@code qbwc} with password {@code secret} syncs the {@code default} company.
 */
public final class InMemoryCore {
    public static final String USER = "qbwc";
    public static final String PASSWORD = "secret";
    public static final String COMPANY = "default";

    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemoryMappingRepository mappings = new InMemoryMappingRepository(DefaultRules.all());
    public final InMemoryMetricsRepository metrics;
    public final InMemorySyncHistory history = new InMemorySyncHistory();
    public final InMemorySyncLedger ledger = new InMemorySyncLedger();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository();
    public final FixedCredentials credentials = new FixedCredentials().with(USER, PASSWORD, COMPANY);
    public final ScriptedQuickBooks quickBooks = new ScriptedQuickBooks();
    public final CorePorts ports;
    public final WebConnectorService webConnector;
    public final MappingAdministrationService mappingAdministration;
    public final SyncOverviewService overview;
    public final ApiAccessService apiAccess;

    public InMemoryCore(Clock clock, WebConnectorSettings settings) {
        this.metrics = new InMemoryMetricsRepository(clock);
        this.ports = new CorePorts(sessions, mappings, metrics, history, ledger, audit, apiTokens,
                new DirectTransactions(), credentials, new SequentialTicketGenerator(), quickBooks);
        this.webConnector = new WebConnectorService(settings, ports, clock);
        this.mappingAdministration = new MappingAdministrationService(ports);
        this.overview = new SyncOverviewService(ports, settings, COMPANY, clock);
        this.apiAccess = new ApiAccessService(ports, clock);
    }

    public InMemoryCore(Clock clock) {
        this(clock, WebConnectorSettings.DEFAULT);
    }
}
