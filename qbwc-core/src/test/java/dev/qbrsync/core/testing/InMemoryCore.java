package dev.qbrsync.core.testing;

import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.access.AuthorizedPeople;
import dev.qbrsync.core.access.BrowserAccessService;
import dev.qbrsync.core.access.FirstAdminSetup;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.exchange.AbandonedSessions;
import dev.qbrsync.core.exchange.JobExchange;
import dev.qbrsync.core.exchange.WebConnectorService;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.mapping.MappingAdministrationService;
import dev.qbrsync.core.memory.BoundedLoginFailures;
import dev.qbrsync.core.memory.DirectTransactions;
import dev.qbrsync.core.memory.InMemoryAccessKeyRepository;
import dev.qbrsync.core.memory.InMemoryAuditLog;
import dev.qbrsync.core.memory.InMemoryBrowserSessionRepository;
import dev.qbrsync.core.memory.InMemoryCompanyDirectory;
import dev.qbrsync.core.memory.InMemoryMappingRepository;
import dev.qbrsync.core.memory.InMemoryMetricsRepository;
import dev.qbrsync.core.memory.InMemorySessionRepository;
import dev.qbrsync.core.memory.InMemorySetupCodeStore;
import dev.qbrsync.core.memory.InMemorySyncHistory;
import dev.qbrsync.core.memory.InMemorySyncLedger;
import dev.qbrsync.core.metrics.AccountsReview;
import dev.qbrsync.core.metrics.RuleChangePreview;
import dev.qbrsync.core.overview.SyncOverviewService;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole core on in-memory ports, built by {@link QbwcCore#builder()} like the application's, with every port in
 * reach of a test. The Web Connector user {@code qbwc} with password {@code secret} syncs the {@code default} company.
 * QuickBooks is the {@link ScriptedQuickBooks} stand-in unless a test gives another {@link QuickBooksMessages}, such as
 * {@code new QbxmlMessages()} of {@code qbxml-codec} to play hand-written qbXML.
 */
public final class InMemoryCore implements AutoCloseable {
    public static final String USER = "qbwc";
    public static final String PASSWORD = "secret";
    public static final CompanyId COMPANY = CompanyId.of("default");
    /** The installation's OwnerID, under which the Web Connector keeps each company file's FileID for us. */
    public static final String OWNER_ID = "{7E0F2B4C-1D3A-4B5C-9E8F-0A1B2C3D4E5F}";
    /** Another instance not heard from for this long is gone. */
    public static final Duration SILENCE_LIMIT = Duration.ofMinutes(1);

    public final InMemorySessionRepository sessions;
    public final InMemoryMappingRepository mappings = new InMemoryMappingRepository(DefaultRules.all());
    public final InMemoryMetricsRepository metrics;
    public final InMemorySyncHistory history = new InMemorySyncHistory();
    public final InMemorySyncLedger ledger = new InMemorySyncLedger();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryAccessKeyRepository accessKeys = new InMemoryAccessKeyRepository();
    public final InMemoryBrowserSessionRepository browserSessions = new InMemoryBrowserSessionRepository();
    public final BoundedLoginFailures loginFailures = new BoundedLoginFailures();
    public final TestPasswords passwords = new TestPasswords();
    public final InMemoryCompanyDirectory companies = new InMemoryCompanyDirectory()
            .withOrganization(COMPANY, "Default company");
    /** The stand-in QuickBooks: what the core talks to unless another {@link QuickBooksMessages} was given. */
    public final ScriptedQuickBooks quickBooks = new ScriptedQuickBooks();
    public final RecordedSyncEvents events = new RecordedSyncEvents();
    public final QbwcCore core;
    public final WebConnectorService webConnector;
    public final MappingAdministrationService mappingAdministration;
    public final AccountsReview accountsReview;
    public final RuleChangePreview ruleChangePreview;
    public final SyncOverviewService overview;
    public final ApiAccessService apiAccess;
    public final CompanyAdministration companyAdministration;
    public final BrowserAccessService browserAccess;
    public final InMemorySetupCodeStore setupCodes = new InMemorySetupCodeStore();
    /** How often a setup code was redeemed, as the file it was written to would be deleted. */
    public final AtomicInteger setupCodesRedeemed = new AtomicInteger();
    public final FirstAdminSetup firstAdminSetup;
    public final AbandonedSessions abandonedSessions;
    public final JobExchange jobExchange;

    public InMemoryCore(Clock clock) {
        this(clock, WebConnectorSettings.DEFAULT);
    }

    public InMemoryCore(Clock clock, WebConnectorSettings settings) {
        this(clock, settings, new InMemorySessionRepository());
    }

    /** A core that talks to QuickBooks through {@code messages}: the real codec, or a stand-in of a test's own. */
    public InMemoryCore(Clock clock, WebConnectorSettings settings, QuickBooksMessages messages) {
        this(clock, settings, new InMemorySessionRepository(), messages, List.of());
    }

    /** A core whose sessions are shared with others, as instances on one database share theirs. */
    public InMemoryCore(Clock clock, WebConnectorSettings settings, InMemorySessionRepository sessions) {
        this(clock, settings, sessions, null, List.of());
    }

    /** A core that also runs an embedder's own jobs in the Web Connector's sessions. */
    public InMemoryCore(Clock clock, WebConnectorSettings settings, List<? extends QuickBooksJob> jobs) {
        this(clock, settings, new InMemorySessionRepository(), jobs);
    }

    /** A core with jobs whose sessions are shared with others, as instances on one database share theirs. */
    public InMemoryCore(Clock clock, WebConnectorSettings settings, InMemorySessionRepository sessions,
                        List<? extends QuickBooksJob> jobs) {
        this(clock, settings, sessions, null, jobs);
    }

    /** A core whose finance page also admits these people, vouched for by the organisation's identity provider. */
    public InMemoryCore(Clock clock, AuthorizedPeople people) {
        this(clock, WebConnectorSettings.DEFAULT, new InMemorySessionRepository(), null, List.of(), people);
    }

    private InMemoryCore(Clock clock, WebConnectorSettings settings, InMemorySessionRepository sessions,
                         QuickBooksMessages messages, List<? extends QuickBooksJob> jobs) {
        this(clock, settings, sessions, messages, jobs, AuthorizedPeople.NOBODY);
    }

    private InMemoryCore(Clock clock, WebConnectorSettings settings, InMemorySessionRepository sessions,
                         QuickBooksMessages messages, List<? extends QuickBooksJob> jobs, AuthorizedPeople people) {
        this.sessions = sessions;
        this.metrics = new InMemoryMetricsRepository(clock);
        companies.adopt(COMPANY, USER, passwords.hash(PASSWORD.toCharArray()),
                "{DEFAULT-COMPANY-FILE-ID}");
        this.core = QbwcCore.builder().clock(clock).settings(settings)
                .quickBooks(messages == null ? quickBooks : messages)
                .companies(companies).sessions(sessions).mappings(mappings).metrics(metrics).history(history)
                .ledger(ledger).auditLog(audit).accessKeys(accessKeys).browserSessions(browserSessions)
                .loginFailures(loginFailures).transactions(new DirectTransactions()).passwords(passwords)
                .tickets(new SequentialTicketGenerator()).events(events).ownerId(OWNER_ID)
                .passwordCheckThreads(1).silenceLimit(SILENCE_LIMIT).defaultCompany(COMPANY).jobs(jobs)
                .authorizedPeople(people).build();
        this.webConnector = core.webConnector();
        this.mappingAdministration = core.mappingAdministration();
        this.accountsReview = core.accountsReview();
        this.ruleChangePreview = core.ruleChangePreview();
        this.overview = core.overview();
        this.apiAccess = core.apiAccess();
        this.companyAdministration = core.companyAdministration();
        this.browserAccess = core.browserAccess();
        this.abandonedSessions = core.abandonedSessions();
        this.jobExchange = core.jobExchange();
        this.firstAdminSetup = new FirstAdminSetup(apiAccess, setupCodes, loginFailures,
                new Auditor(audit, clock), clock, setupCodesRedeemed::incrementAndGet);
    }

    /** Stops the password-check thread. */
    @Override
    public void close() {
        core.close();
    }
}
