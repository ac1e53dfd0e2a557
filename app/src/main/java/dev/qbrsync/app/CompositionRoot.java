package dev.qbrsync.app;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.access.AuthorizedPeople;
import dev.qbrsync.core.access.BrowserAccessService;
import dev.qbrsync.core.access.CredentialCheckPool;
import dev.qbrsync.core.access.DirectoryCredentials;
import dev.qbrsync.core.access.LoginThrottle;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.FileBinding;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.exchange.AbandonedSessions;
import dev.qbrsync.core.exchange.ClientVersionPolicy;
import dev.qbrsync.core.exchange.FailSafeWebConnector;
import dev.qbrsync.core.exchange.Login;
import dev.qbrsync.core.exchange.RequestExchange;
import dev.qbrsync.core.exchange.ResponseRecorder;
import dev.qbrsync.core.exchange.SessionOutcomes;
import dev.qbrsync.core.exchange.WebConnectorService;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.mapping.MappingAdministrationService;
import dev.qbrsync.core.metrics.AccountsReview;
import dev.qbrsync.core.metrics.Headcount;
import dev.qbrsync.core.metrics.MetricsPipeline;
import dev.qbrsync.core.metrics.MetricsRecalculator;
import dev.qbrsync.core.metrics.RuleChangePreview;
import dev.qbrsync.core.overview.SyncOverviewService;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.plan.SyncPlanner;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.core.session.SecureRandomTicketGenerator;
import dev.qbrsync.core.session.TicketCheck;
import dev.qbrsync.embeddedpostgres.EmbeddedDatabase;
import dev.qbrsync.embeddedpostgres.PortSetting;
import dev.qbrsync.http.HttpServer;
import dev.qbrsync.http.HttpServices;
import dev.qbrsync.http.HttpSettings;
import dev.qbrsync.persistence.Database;
import dev.qbrsync.persistence.JobLease;
import dev.qbrsync.persistence.JooqApiTokenRepository;
import dev.qbrsync.persistence.JooqAuditLog;
import dev.qbrsync.persistence.JooqBrowserSessionRepository;
import dev.qbrsync.persistence.JooqCompanyDirectory;
import dev.qbrsync.persistence.JooqLoginFailures;
import dev.qbrsync.persistence.JooqMappingRepository;
import dev.qbrsync.persistence.JooqMetricsRepository;
import dev.qbrsync.persistence.JooqSessionRepository;
import dev.qbrsync.persistence.JooqSyncHistory;
import dev.qbrsync.persistence.JooqSyncLedger;
import dev.qbrsync.persistence.JooqTransactions;
import dev.qbrsync.persistence.RawPayloadRetention;
import dev.qbrsync.persistence.ServerInstance;
import io.javalin.Javalin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Wires the application with plain {@code new}: database, adapters, core services and the HTTP server. */
public final class CompositionRoot implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompositionRoot.class);
    /** The company the environment-configured Web Connector user syncs: the dashboard's own, organization 1. */
    public static final String DEFAULT_COMPANY = "1";
    public static final String SERVER_VERSION = "QBR Sync 0.1.0";

    private final AppConfig config;
    private final EmbeddedDatabase embedded;
    private final Database database;
    private final Clock clock;
    private final List<CredentialCheckPool> credentialCheckPools = new ArrayList<>();
    private ServerInstance instance;
    private PrometheusMetrics prometheus;

    public CompositionRoot(AppConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.embedded = config.databaseUrl().isPresent() ? null
                : EmbeddedDatabase.startOrAttach(config.dataDirectory(),
                        new PortSetting(config.embeddedDatabasePort(), "QBR_EMBEDDED_DB_PORT"));
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

    /** True when this process runs PostgreSQL itself (no QBR_DATABASE_URL). */
    public boolean runsEmbeddedDatabase() {
        return embedded != null;
    }

    /** The REST API tokens, for the command line. */
    public ApiAccessService apiAccess() {
        return new ApiAccessService(new JooqApiTokenRepository(database), new Auditor(new JooqAuditLog(database), clock),
                clock);
    }

    /** When each month was fetched, and which months a user asked to fetch again. */
    public SyncLedger ledger() {
        return new JooqSyncLedger(database);
    }

    public WebConnectorSettings webConnectorSettings() {
        SyncPolicy policy = new SyncPolicy(config.syncWindowMonths(), config.settleDays(), config.refreshInterval(),
                config.refreshInterval(), config.maxMonthsPerRequest());
        return new WebConnectorSettings(SERVER_VERSION, config.minimumClientVersion(), config.sessionTimeout(), policy,
                config.reportBasis(), config.minimumRunEvery());
    }

    public JooqCompanyDirectory companyDirectory() {
        return new JooqCompanyDirectory(database, clock);
    }

    /** Adding and changing companies, for the command line and the REST API. */
    public CompanyAdministration companyAdministration() {
        return new CompanyAdministration(companyDirectory(), new BcryptPasswords(),
                new Auditor(new JooqAuditLog(database), clock));
    }

    /**
     * The installation's OwnerID, which the Web Connector files our FileIDs under in every company file: stored in the
     * database so every instance shares it; an older installation's, kept in the data directory, is taken over.
     */
    public String ownerId() {
        return companyDirectory().ownerId(QwcFile.proposedOwnerId(config.dataDirectory()));
    }

    /**
     * The HTTP server with every service, unstarted. The Web Connector user of the environment (QBWC_USERNAME,
     * QBWC_PASSWORD_HASH) is given to the default company first; without any company login the server still serves
     * the API, WSDL and health, but refuses every Web Connector login.
     */
    public Javalin httpServer() {
        adoptConfiguredLogin();
        WebConnectorSettings settings = webConnectorSettings();
        JooqCompanyDirectory companies = companyDirectory();
        JooqSessionRepository sessions = new JooqSessionRepository(database, serverInstance().id());
        JooqMappingRepository mappings = new JooqMappingRepository(database, clock);
        JooqMetricsRepository metrics = new JooqMetricsRepository(database, clock);
        JooqSyncHistory history = new JooqSyncHistory(database);
        JooqSyncLedger ledger = new JooqSyncLedger(database);
        JooqTransactions transactions = new JooqTransactions(database);
        Auditor auditor = new Auditor(new JooqAuditLog(database), clock);
        SyncPlanner planner = new SyncPlanner(settings.syncPolicy(), clock);
        MetricsPipeline pipeline = new MetricsPipeline();
        TicketCheck ticketCheck = new TicketCheck(sessions, clock, settings.sessionTimeout());
        SessionOutcomes outcomes = new SessionOutcomes(sessions, auditor, clock);
        CredentialCheckPool credentialChecks = CredentialCheckPool.sizedForThisMachine(
                new DirectoryCredentials(companies, new BcryptPasswords()));
        credentialCheckPools.add(credentialChecks);
        AbandonedSessions abandoned = abandonedSessions(sessions, history, transactions);
        Login login = new Login(credentialChecks, new LoginThrottle(new JooqLoginFailures(database), clock), planner,
                ledger, new SecureRandomTicketGenerator(), sessions, abandoned, auditor, clock,
                settings.sessionTimeout(), settings.minimumRunEvery());
        ResponseRecorder recorder = new ResponseRecorder(mappings, metrics, history, ledger, transactions, planner,
                pipeline, new Headcount(), clock);
        RequestExchange exchange = new RequestExchange(ticketCheck, new QbxmlMessages(), recorder, outcomes, auditor,
                clock, settings.reportBasis(), new FileBinding(companies, ownerId()), prometheusMetrics());
        WebConnectorService webConnector = new WebConnectorService(settings.serverVersion(),
                new ClientVersionPolicy(settings.minimumClientVersion()), login, exchange, ticketCheck, outcomes,
                auditor, clock, prometheusMetrics());
        JooqApiTokenRepository apiTokens = new JooqApiTokenRepository(database);
        ApiAccessService apiAccess = new ApiAccessService(apiTokens, auditor, clock);
        HttpServices services = new HttpServices(new FailSafeWebConnector(webConnector),
                new MappingAdministrationService(mappings, companies, transactions,
                        new MetricsRecalculator(history, metrics, ledger, pipeline)),
                new AccountsReview(history, mappings, pipeline),
                overview(),
                apiAccess,
                new RuleChangePreview(history, mappings, pipeline),
                new BrowserAccessService(apiAccess, apiTokens, new JooqBrowserSessionRepository(database), auditor,
                        clock, config.browserSessionLifetime(), config.signInProvider()
                        .map(SignInProviderConfig::people).orElse(AuthorizedPeople.NOBODY)),
                new CompanyAdministration(companies, new BcryptPasswords(), auditor),
                new DatabaseReadiness(database), prometheusMetrics());
        return HttpServer.create(services, httpSettings());
    }

    private SyncOverviewService overview() {
        return new SyncOverviewService(new JooqSessionRepository(database, serverInstance().id()),
                new JooqMetricsRepository(database, clock), new JooqSyncHistory(database), new JooqSyncLedger(database),
                new SyncPlanner(webConnectorSettings().syncPolicy(), clock), companyDirectory(), DEFAULT_COMPANY, clock,
                config.staleSyncAfter());
    }

    /** The metrics /metrics serves: one registry for the HTTP server and the periodic jobs. */
    private synchronized PrometheusMetrics prometheusMetrics() {
        if (prometheus == null) {
            SyncOverviewService overview = overview();
            prometheus = new PrometheusMetrics(overview::lastSuccessfulSyncs, clock);
        }
        return prometheus;
    }

    /** This process as an instance serving sessions, registered on first use; its sessions record it. */
    private synchronized ServerInstance serverInstance() {
        if (instance == null) {
            instance = ServerInstance.register(database, InstanceDescription.ofThisProcess());
        }
        return instance;
    }

    private HttpSettings httpSettings() {
        HttpSettings settings = new HttpSettings(config.host(), config.port(), config.publicUrl(), config.maxBodyBytes(),
                config.tlsKeystore().map(keystore ->
                        new HttpSettings.Tls(keystore, config.tlsKeystorePassword().toCharArray())),
                config.trustedProxies(), config.webConnectorSources(), config.corsOrigins(), config.stopTimeout());
        return config.signInProvider().map(provider -> settings.withSignInProvider(provider.provider()))
                .orElse(settings);
    }

    /** Gives the default company the Web Connector user of the environment, when one is configured. */
    public void adoptConfiguredLogin() {
        if (config.qbwcPasswordHash().isPresent()) {
            try {
                companyAdministration().adoptConfiguredLogin(DEFAULT_COMPANY, config.qbwcUserName(),
                        BcryptPasswords.requireHash(config.qbwcPasswordHash().get()));
            } catch (InvalidInputException | UnknownCompanyException e) {
                throw new ConfigurationException("QBWC_USERNAME cannot sync the default company (organization "
                        + DEFAULT_COMPANY + "): " + e.getMessage());
            }
        } else if (companyDirectory().list().stream().noneMatch(Company::hasWebConnectorUser)) {
            LOG.warn("No company has a Web Connector user yet, so every Web Connector login is refused. Set "
                    + "QBWC_USERNAME and QBWC_PASSWORD_HASH (from 'java -jar app/target/qbr-sync.jar hash-password'), "
                    + "or add a company with 'java -jar app/target/qbr-sync.jar company add'.");
        }
    }

    public RawPayloadRetention retention() {
        return new RawPayloadRetention(new JooqSyncHistory(database), config.rawPayloadRetentionDays(), clock);
    }

    /** The jobs a running server repeats: each in one instance at a time. */
    PeriodicJobs periodicJobs() {
        RawPayloadRetention retention = retention();
        AbandonedSessions abandoned = abandonedSessions(new JooqSessionRepository(database, serverInstance().id()),
                new JooqSyncHistory(database), new JooqTransactions(database));
        return new PeriodicJobs(new JobLease(database, serverInstance().id()), List.of(
                new PeriodicJobs.Job("raw-payload-retention", Duration.ofDays(1),
                        () -> "Raw payload retention purged " + retention.purgeExpired() + " payloads"),
                new PeriodicJobs.Job("abandoned-sessions", PeriodicJobs.TICK.dividedBy(2), () -> {
                    int closed = abandoned.sweep();
                    return closed == 0 ? "" : "Closed " + closed + " abandoned session(s)";
                })));
    }

    private AbandonedSessions abandonedSessions(JooqSessionRepository sessions, JooqSyncHistory history,
                                                JooqTransactions transactions) {
        return new AbandonedSessions(sessions, history, transactions, clock, ServerInstance.SILENCE_LIMIT,
                prometheusMetrics());
    }

    /** Closes everything; this instance is marked stopped while the database is still open. */
    @Override
    public synchronized void close() {
        credentialCheckPools.forEach(CredentialCheckPool::close);
        if (instance != null) {
            instance.close();
        }
        database.close();
        closeEmbedded();
    }

    private void closeEmbedded() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
