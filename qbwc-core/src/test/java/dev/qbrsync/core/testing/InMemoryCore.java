package dev.qbrsync.core.testing;

import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.access.BoundedLoginFailures;
import dev.qbrsync.core.access.BrowserAccessService;
import dev.qbrsync.core.access.CredentialCheckPool;
import dev.qbrsync.core.access.DirectoryCredentials;
import dev.qbrsync.core.access.LoginThrottle;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.FileBinding;
import dev.qbrsync.core.exchange.AbandonedSessions;
import dev.qbrsync.core.exchange.ClientVersionPolicy;
import dev.qbrsync.core.exchange.JobExchange;
import dev.qbrsync.core.exchange.Login;
import dev.qbrsync.core.exchange.RequestExchange;
import dev.qbrsync.core.exchange.ResponseRecorder;
import dev.qbrsync.core.exchange.SessionOutcomes;
import dev.qbrsync.core.exchange.WebConnectorService;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.job.Jobs;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.mapping.MappingAdministrationService;
import dev.qbrsync.core.metrics.AccountsReview;
import dev.qbrsync.core.metrics.Headcount;
import dev.qbrsync.core.metrics.MetricsPipeline;
import dev.qbrsync.core.metrics.MetricsRecalculator;
import dev.qbrsync.core.metrics.RuleChangePreview;
import dev.qbrsync.core.overview.SyncOverviewService;
import dev.qbrsync.core.plan.SyncPlanner;
import dev.qbrsync.core.session.TicketCheck;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The whole core on in-memory ports, wired with plain {@code new} like the application's composition root, for tests
 * and for embedders who want to try it without a database. The Web Connector user {@code qbwc} with password
 * {@code secret} syncs the {@code default} company.
 */
public final class InMemoryCore {
    public static final String USER = "qbwc";
    public static final String PASSWORD = "secret";
    public static final String COMPANY = "default";
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
    public final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository();
    public final InMemoryBrowserSessionRepository browserSessions = new InMemoryBrowserSessionRepository();
    public final BoundedLoginFailures loginFailures = new BoundedLoginFailures();
    public final TestPasswords passwords = new TestPasswords();
    public final InMemoryCompanyDirectory companies = new InMemoryCompanyDirectory()
            .withOrganization(COMPANY, "Default company");
    public final ScriptedQuickBooks quickBooks = new ScriptedQuickBooks();
    public final RecordedSyncEvents events = new RecordedSyncEvents();
    public final WebConnectorService webConnector;
    public final MappingAdministrationService mappingAdministration;
    public final AccountsReview accountsReview;
    public final RuleChangePreview ruleChangePreview;
    public final SyncOverviewService overview;
    public final ApiAccessService apiAccess;
    public final CompanyAdministration companyAdministration;
    public final BrowserAccessService browserAccess;
    public final AbandonedSessions abandonedSessions;
    public final JobExchange jobExchange;

    public InMemoryCore(Clock clock, WebConnectorSettings settings) {
        this(clock, settings, new InMemorySessionRepository());
    }

    /** A core whose sessions are shared with others, as instances on one database share theirs. */
    public InMemoryCore(Clock clock, WebConnectorSettings settings, InMemorySessionRepository sessions) {
        this(clock, settings, sessions, List.of());
    }

    /** A core that also runs an embedder's own jobs in the Web Connector's sessions. */
    public InMemoryCore(Clock clock, WebConnectorSettings settings, List<? extends QuickBooksJob> jobs) {
        this(clock, settings, new InMemorySessionRepository(), jobs);
    }

    /** A core with jobs whose sessions are shared with others, as instances on one database share theirs. */
    public InMemoryCore(Clock clock, WebConnectorSettings settings, InMemorySessionRepository sessions,
                        List<? extends QuickBooksJob> jobs) {
        this.sessions = sessions;
        this.metrics = new InMemoryMetricsRepository(clock);
        companies.adopt(COMPANY, USER, passwords.hash(PASSWORD.toCharArray()), "{DEFAULT-COMPANY-FILE-ID}");
        DirectTransactions transactions = new DirectTransactions();
        Auditor auditor = new Auditor(audit, clock);
        SyncPlanner planner = new SyncPlanner(settings.syncPolicy(), clock);
        MetricsPipeline pipeline = new MetricsPipeline();
        TicketCheck ticketCheck = new TicketCheck(sessions, clock, settings.sessionTimeout());
        SessionOutcomes outcomes = new SessionOutcomes(sessions, auditor, clock);
        Jobs registered = new Jobs(jobs);
        this.jobExchange = new JobExchange(registered, quickBooks, transactions, history, clock,
                settings.sessionTimeout());
        this.abandonedSessions = new AbandonedSessions(sessions, history, transactions, clock, SILENCE_LIMIT, events);
        Login login = new Login(new CredentialCheckPool(new DirectoryCredentials(companies, passwords), 1,
                CredentialCheckPool.DEFAULT_QUEUE),
                new LoginThrottle(loginFailures, clock), planner, registered, ledger, new SequentialTicketGenerator(),
                sessions, abandonedSessions, auditor, clock, settings.sessionTimeout(), settings.minimumRunEvery());
        ResponseRecorder recorder = new ResponseRecorder(mappings, metrics, history, ledger, transactions, planner,
                pipeline, new Headcount(), clock);
        RequestExchange exchange = new RequestExchange(ticketCheck, quickBooks, recorder, jobExchange, outcomes,
                auditor, clock, settings.reportBasis(), new FileBinding(companies, companies.ownerId(OWNER_ID)), events);
        this.webConnector = new WebConnectorService(settings.serverVersion(),
                new ClientVersionPolicy(settings.minimumClientVersion()), login, exchange, ticketCheck, outcomes,
                auditor, clock, events);
        this.mappingAdministration = new MappingAdministrationService(mappings, companies, transactions,
                new MetricsRecalculator(history, metrics, ledger, pipeline));
        this.accountsReview = new AccountsReview(history, mappings, pipeline);
        this.ruleChangePreview = new RuleChangePreview(history, mappings, pipeline);
        this.overview = new SyncOverviewService(sessions, metrics, history, ledger, planner, companies, COMPANY, clock,
                SyncOverviewService.DEFAULT_STALE_AFTER);
        this.apiAccess = new ApiAccessService(apiTokens, auditor, clock);
        this.companyAdministration = new CompanyAdministration(companies, passwords, auditor);
        this.browserAccess = new BrowserAccessService(apiAccess, apiTokens, browserSessions, auditor, clock,
                BrowserAccessService.DEFAULT_LIFETIME);
    }

    public InMemoryCore(Clock clock) {
        this(clock, WebConnectorSettings.DEFAULT);
    }
}
