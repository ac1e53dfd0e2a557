package dev.qbrsync.app;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.port.CredentialVerifier;
import dev.qbrsync.core.service.ApiAccessService;
import dev.qbrsync.core.service.CorePorts;
import dev.qbrsync.core.service.FailSafeWebConnector;
import dev.qbrsync.core.service.MappingAdministrationService;
import dev.qbrsync.core.service.SecureRandomTicketGenerator;
import dev.qbrsync.core.service.SyncOverviewService;
import dev.qbrsync.core.service.WebConnectorService;
import dev.qbrsync.core.service.WebConnectorSettings;
import dev.qbrsync.http.HttpServer;
import dev.qbrsync.http.HttpServices;
import dev.qbrsync.http.HttpSettings;
import dev.qbrsync.persistence.Database;
import dev.qbrsync.persistence.JooqApiTokenRepository;
import dev.qbrsync.persistence.JooqAuditLog;
import dev.qbrsync.persistence.JooqMappingRepository;
import dev.qbrsync.persistence.JooqMetricsRepository;
import dev.qbrsync.persistence.JooqSessionRepository;
import dev.qbrsync.persistence.JooqSyncHistory;
import dev.qbrsync.persistence.JooqSyncLedger;
import dev.qbrsync.persistence.JooqTransactions;
import dev.qbrsync.persistence.RawPayloadRetention;
import io.javalin.Javalin;

import java.time.Clock;
import java.util.Optional;

/** Wires the application with plain {@code new}: database, adapters, core services and the HTTP server. */
public final class CompositionRoot implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompositionRoot.class);
    public static final String DEFAULT_COMPANY = "default";
    public static final String SERVER_VERSION = "QBR Sync 0.1.0";

    private final AppConfig config;
    private final EmbeddedDatabase embedded;
    private final Database database;
    private final Clock clock;

    public CompositionRoot(AppConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.embedded = config.databaseUrl().isPresent() ? null
                : EmbeddedDatabase.startOrAttach(config.dataDirectory(), config.embeddedDatabasePort());
        String url = config.databaseUrl().orElseGet(() -> embedded.jdbcUrl());
        String user = embedded == null ? config.databaseUser() : embedded.user();
        String password = embedded == null ? config.databasePassword() : embedded.password();
        try {
            this.database = Database.open(url, user, password, 10);
        } catch (RuntimeException e) {
            closeEmbedded();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    private static final CredentialVerifier NO_WEB_CONNECTOR_USER = (user, password) -> Optional.empty();

    /** Every port on PostgreSQL; the credentials are needed only by the server, so they may be absent here. */
    public CorePorts ports(Optional<CredentialVerifier> credentials) {
        return new CorePorts(new JooqSessionRepository(database), new JooqMappingRepository(database),
                new JooqMetricsRepository(database, clock), new JooqSyncHistory(database), new JooqSyncLedger(database),
                new JooqAuditLog(database), new JooqApiTokenRepository(database), new JooqTransactions(database),
                credentials.orElse(NO_WEB_CONNECTOR_USER), new SecureRandomTicketGenerator(),
                new QbxmlMessages());
    }

    public ApiAccessService apiAccess() {
        return new ApiAccessService(ports(Optional.empty()), clock);
    }

    public WebConnectorSettings webConnectorSettings() {
        SyncPolicy policy = new SyncPolicy(config.syncWindowMonths(), config.settleDays(), config.refreshInterval(),
                config.refreshInterval());
        return new WebConnectorSettings(SERVER_VERSION, config.minimumClientVersion(), config.sessionTimeout(), policy,
                config.reportBasis());
    }

    /**
     * The HTTP server with every service, unstarted. Without QBWC_PASSWORD_HASH it still serves the API, WSDL and
     * health, but refuses every Web Connector login until the hash is set.
     */
    public Javalin httpServer() {
        return httpServer(webConnectorCredentials());
    }

    /** The HTTP server with the given Web Connector credentials (several companies, for load and tests). */
    public Javalin httpServer(CredentialVerifier credentials) {
        CorePorts ports = ports(Optional.of(credentials));
        WebConnectorSettings settings = webConnectorSettings();
        HttpServices services = new HttpServices(new FailSafeWebConnector(new WebConnectorService(settings, ports, clock)),
                new MappingAdministrationService(ports), new SyncOverviewService(ports, settings, DEFAULT_COMPANY, clock),
                new ApiAccessService(ports, clock));
        return HttpServer.create(services, new HttpSettings(config.host(), config.port(), config.publicUrl(),
                config.maxBodyBytes(), config.tlsKeystore().map(keystore ->
                new HttpSettings.Tls(keystore, config.tlsKeystorePassword().toCharArray()))));
    }

    private CredentialVerifier webConnectorCredentials() {
        if (config.qbwcPasswordHash().isEmpty()) {
            LOG.warn("QBWC_PASSWORD_HASH is not set: every Web Connector login is refused. Create one with "
                    + "'java -jar app/target/qbr-sync.jar hash-password' and restart.");
            return NO_WEB_CONNECTOR_USER;
        }
        return new BcryptCredentialVerifier(config.qbwcUserName(), config.qbwcPasswordHash().get(), DEFAULT_COMPANY);
    }

    public RawPayloadRetention retention() {
        return new RawPayloadRetention(new JooqSyncHistory(database), config.rawPayloadRetentionDays(), clock);
    }

    @Override
    public void close() {
        database.close();
        closeEmbedded();
    }

    private void closeEmbedded() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
