package dev.qbrsync.app;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.access.AuthorizedPeople;
import dev.qbrsync.core.access.FirstAdminSetup;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.exchange.AbandonedSessions;
import dev.qbrsync.core.exchange.FailSafeWebConnector;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.http.HttpServer;
import dev.qbrsync.http.HttpServices;
import dev.qbrsync.http.HttpSettings;
import dev.qbrsync.http.soap.QwcFiles;
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
import dev.qbrsync.persistence.JooqSetupCodeStore;
import dev.qbrsync.persistence.JooqSyncHistory;
import dev.qbrsync.persistence.JooqSyncLedger;
import dev.qbrsync.persistence.JooqTransactions;
import dev.qbrsync.persistence.RawPayloadRetention;
import dev.qbrsync.persistence.ServerInstance;
import dev.qbrsync.persistence.backup.BackupDirectory;
import dev.qbrsync.persistence.backup.DatabaseBackups;
import io.javalin.Javalin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Wires the application with plain {@code new}: database, adapters, core services and the HTTP server. */
public final class CompositionRoot implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompositionRoot.class);
    /** The company the environment-configured Web Connector user syncs: the dashboard's own, organization 1. */
    public static final String DEFAULT_COMPANY = "1";
    public static final String SERVER_VERSION = "QBR Sync 0.1.0";

    private final AppConfig config;
    private final ApplicationDatabase storage;
    private final Database database;
    private final Clock clock;
    private final List<QuickBooksJob> jobs;
    private QbwcCore core;
    private FirstAdminSetup firstAdminSetup;
    private ServerInstance instance;
    private PrometheusMetrics prometheus;

    public CompositionRoot(AppConfig config, Clock clock) {
        this(config, clock, List.of());
    }

    /** The application that also runs an embedder's own jobs in the Web Connector's sessions. */
    public CompositionRoot(AppConfig config, Clock clock, List<? extends QuickBooksJob> jobs) {
        this.jobs = List.copyOf(jobs);
        this.config = config;
        this.clock = clock;
        this.storage = ApplicationDatabase.open(config);
        this.database = storage.database();
    }

    public Database database() {
        return database;
    }

    /** True when this process runs PostgreSQL itself (no QBR_DATABASE_URL). */
    public boolean runsEmbeddedDatabase() {
        return storage.isEmbedded();
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
        SyncPolicy policy = new SyncPolicy(config.sync().windowMonths(), config.sync().settleDays(), config.sync().refreshInterval(),
                config.sync().refreshInterval(), config.sync().maxMonthsPerRequest());
        return new WebConnectorSettings(SERVER_VERSION, config.webConnector().minimumClientVersion(), config.webConnector().sessionTimeout(), policy,
                config.sync().reportBasis(), config.webConnector().minimumRunEvery());
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
        return companyDirectory().ownerId(LegacyOwnerId.proposed(config.database().dataDirectory()));
    }

    /** The .qwc files of the companies, for the {@code qwc} command and the admin page's download. */
    public QwcFiles qwcFiles() {
        return new QwcFiles(config.http().publicUrl(), this::ownerId);
    }

    /**
     * What serving writes to the database before the first call, kept out of the wiring: the Web Connector user of the
     * environment (QBWC_USERNAME, QBWC_PASSWORD_HASH) is given to the default company, this process is registered
     * as an instance serving sessions, and while no API token exists a one-time setup code for the first admin is
     * offered (see {@link SetupCodeNotice}). Without any company login the server still serves the API, WSDL and
     * health, but refuses every Web Connector login.
     */
    public synchronized void prepareToServe() {
        adoptConfiguredLogin();
        if (instance == null) {
            instance = ServerInstance.register(database, InstanceDescription.ofThisProcess());
        }
        setupCodeNotice().offer(firstAdminSetup());
    }

    private SetupCodeNotice setupCodeNotice() {
        return new SetupCodeNotice(config.database().dataDirectory(), runsEmbeddedDatabase(), config.http().publicUrl());
    }

    /** The first admin from the setup code; using the code deletes the file it was written to. */
    private synchronized FirstAdminSetup firstAdminSetup() {
        if (firstAdminSetup == null) {
            firstAdminSetup = new FirstAdminSetup(core().apiAccess(), new JooqSetupCodeStore(database),
                    new JooqLoginFailures(database),
                    new Auditor(new JooqAuditLog(database), clock), clock, setupCodeNotice()::remove);
        }
        return firstAdminSetup;
    }

    /** The HTTP server with every service, unstarted; {@link #prepareToServe()} comes first. */
    public Javalin httpServer() {
        QbwcCore core = core();
        HttpServices services = new HttpServices(new FailSafeWebConnector(core.webConnector()),
                core.mappingAdministration(), core.accountsReview(), core.overview(), core.apiAccess(),
                core.ruleChangePreview(), core.browserAccess(), core.companyAdministration(),
                new DatabaseReadiness(database), prometheusMetrics(), firstAdminSetup(), qwcFiles());
        return HttpServer.create(services, httpSettings());
    }

    /** The core on the PostgreSQL adapters, built once through the same builder embedders use. */
    private synchronized QbwcCore core() {
        if (core == null) {
            core = QbwcCore.builder().clock(clock).settings(webConnectorSettings()).quickBooks(new QbxmlMessages())
                    .companies(companyDirectory())
                    .sessions(new JooqSessionRepository(database, serverInstance().id()))
                    .mappings(new JooqMappingRepository(database, clock))
                    .metrics(new JooqMetricsRepository(database, clock))
                    .history(new JooqSyncHistory(database))
                    .ledger(new JooqSyncLedger(database))
                    .auditLog(new JooqAuditLog(database))
                    .accessKeys(new JooqApiTokenRepository(database))
                    .browserSessions(new JooqBrowserSessionRepository(database))
                    .loginFailures(new JooqLoginFailures(database))
                    .transactions(new JooqTransactions(database))
                    .passwords(new BcryptPasswords())
                    .events(prometheusMetrics())
                    .ownerId(LegacyOwnerId.proposed(config.database().dataDirectory()))
                    .silenceLimit(ServerInstance.SILENCE_LIMIT)
                    .staleAfter(config.sync().staleAfter())
                    .browserSessionLifetime(config.page().sessionLifetime())
                    .authorizedPeople(config.page().signInProvider().map(SignInProviderConfig::people)
                            .orElse(AuthorizedPeople.NOBODY))
                    .defaultCompany(DEFAULT_COMPANY)
                    .jobs(jobs)
                    .build();
        }
        return core;
    }

    /** The metrics /metrics serves: one registry for the HTTP server and the periodic jobs. */
    private synchronized PrometheusMetrics prometheusMetrics() {
        if (prometheus == null) {
            prometheus = new PrometheusMetrics(() -> core().overview().lastSuccessfulSyncs(), clock);
            backupDirectory().ifPresent(directory -> prometheus.watchBackups(directory::newest));
        }
        return prometheus;
    }

    /** This process as an instance serving sessions; its sessions record it. */
    private synchronized ServerInstance serverInstance() {
        if (instance == null) {
            throw new IllegalStateException("prepareToServe() registers this instance before the server is wired");
        }
        return instance;
    }

    private HttpSettings httpSettings() {
        AppConfig.Http http = config.http();
        HttpSettings settings = new HttpSettings(http.host(), http.port(), http.publicUrl(), http.maxBodyBytes(),
                http.tlsKeystore().map(keystore -> new HttpSettings.Tls(keystore,
                        http.tlsKeystorePassword().toCharArray())),
                http.trustedProxies(), http.webConnectorSources(), http.corsOrigins(), http.stopTimeout());
        return config.page().signInProvider().map(provider -> settings.withSignInProvider(provider.provider()))
                .orElse(settings);
    }

    /** Gives the default company the Web Connector user of the environment, when one is configured. */
    public void adoptConfiguredLogin() {
        if (config.webConnector().passwordHash().isPresent()) {
            try {
                companyAdministration().adoptConfiguredLogin(DEFAULT_COMPANY, config.webConnector().userName(),
                        BcryptPasswords.requireHash(config.webConnector().passwordHash().get()));
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
        return new RawPayloadRetention(new JooqSyncHistory(database), config.sync().rawPayloadRetentionDays(), clock);
    }

    /** The jobs a running server repeats: each in one instance at a time. */
    PeriodicJobs periodicJobs() {
        RawPayloadRetention retention = retention();
        AbandonedSessions abandoned = core().abandonedSessions();
        List<PeriodicJobs.Job> jobs = new ArrayList<>(List.of(
                new PeriodicJobs.Job("raw-payload-retention", Duration.ofDays(1),
                        () -> "Raw payload retention purged " + retention.purgeExpired() + " payloads"),
                new PeriodicJobs.Job("abandoned-sessions", PeriodicJobs.TICK.dividedBy(2), () -> {
                    int closed = abandoned.sweep();
                    return closed == 0 ? "" : "Closed " + closed + " abandoned session(s)";
                })));
        backupDirectory().ifPresent(directory -> jobs.add(
                new ScheduledBackups(directory, backups(), prometheusMetrics(), clock).job()));
        return new PeriodicJobs(new JobLease(database, serverInstance().id()), jobs);
    }

    /** Backups of this database, for the command line and the scheduled ones. */
    public DatabaseBackups backups() {
        return new DatabaseBackups(database, SERVER_VERSION);
    }

    private Optional<BackupDirectory> backupDirectory() {
        return config.backups().directory().map(directory -> new BackupDirectory(directory, config.backups().keep()));
    }

    /** Closes everything; this instance is marked stopped while the database is still open. */
    @Override
    public synchronized void close() {
        if (core != null) {
            core.close();
        }
        if (instance != null) {
            instance.close();
        }
        storage.close();
    }
}
