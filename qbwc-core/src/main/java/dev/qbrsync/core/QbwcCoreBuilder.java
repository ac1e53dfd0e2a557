package dev.qbrsync.core;

import dev.qbrsync.core.access.AccessKeyRepository;
import dev.qbrsync.core.access.AuthorizedPeople;
import dev.qbrsync.core.access.BrowserAccessService;
import dev.qbrsync.core.access.BrowserSessionRepository;
import dev.qbrsync.core.access.LoginFailures;
import dev.qbrsync.core.access.Pbkdf2Passwords;
import dev.qbrsync.core.audit.AuditLog;
import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.company.PasswordHasher;
import dev.qbrsync.core.company.QbwcGuid;
import dev.qbrsync.core.exchange.SyncEvents;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.memory.BoundedLoginFailures;
import dev.qbrsync.core.memory.DirectTransactions;
import dev.qbrsync.core.memory.InMemoryAccessKeyRepository;
import dev.qbrsync.core.memory.InMemoryAuditLog;
import dev.qbrsync.core.memory.InMemoryBrowserSessionRepository;
import dev.qbrsync.core.memory.InMemoryCompanyDirectory;
import dev.qbrsync.core.memory.InMemoryMappingRepository;
import dev.qbrsync.core.memory.InMemoryMetricsRepository;
import dev.qbrsync.core.memory.InMemorySessionRepository;
import dev.qbrsync.core.memory.InMemorySyncHistory;
import dev.qbrsync.core.memory.InMemorySyncLedger;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.StoredReports;
import dev.qbrsync.core.overview.SyncOverviewService;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.session.SecureRandomTicketGenerator;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.TicketGenerator;

import java.time.Clock;
import java.util.List;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds a {@link QbwcCore}: give the ports you implement, the rest are in memory. Only {@link #quickBooks} is required:
 * {@code new QbxmlMessages()} of {@code qbxml-codec} for real qbXML, or a stand-in in tests.
 */
public final class QbwcCoreBuilder {
    /** Another instance not heard from for this long is gone: what {@link #silenceLimit} defaults to. */
    public static final Duration DEFAULT_SILENCE_LIMIT = Duration.ofMinutes(1);

    Clock clock = Clock.systemDefaultZone();
    WebConnectorSettings settings = WebConnectorSettings.DEFAULT;
    QuickBooksMessages quickBooks;
    CompanyDirectory companies;
    SessionRepository sessions;
    MappingRepository mappings;
    MetricsRepository metrics;
    SyncHistory history;
    StoredReports storedReports;
    SyncLedger ledger;
    AuditLog auditLog;
    AccessKeyRepository accessKeys;
    BrowserSessionRepository browserSessions;
    LoginFailures loginFailures;
    Transactions transactions;
    PasswordHasher passwords;
    TicketGenerator tickets;
    SyncEvents events = SyncEvents.NONE;
    String proposedOwnerId;
    int passwordCheckThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    Duration silenceLimit = DEFAULT_SILENCE_LIMIT;
    Duration staleAfter = SyncOverviewService.DEFAULT_STALE_AFTER;
    Duration browserSessionLifetime = BrowserAccessService.DEFAULT_LIFETIME;
    CompanyId defaultCompany;
    final List<QuickBooksJob> jobs = new ArrayList<>();
    AuthorizedPeople authorizedPeople = AuthorizedPeople.NOBODY;

    QbwcCoreBuilder() {
    }

    /**
     * An embedder's own request, run in every Web Connector session where it is due, beside the P&L and the employee
     * list (see README, "Your own QuickBooks requests").
     */
    public QbwcCoreBuilder job(QuickBooksJob job) {
        jobs.add(Objects.requireNonNull(job, "job"));
        return this;
    }

    /** Several jobs at once: {@link #job} for each. */
    public QbwcCoreBuilder jobs(List<? extends QuickBooksJob> added) {
        added.forEach(this::job);
        return this;
    }

    /**
     * Who may sign in to the page through the organisation's identity provider, and with which role. Default: nobody
     * (sessions are opened with API tokens only).
     */
    public QbwcCoreBuilder authorizedPeople(AuthorizedPeople people) {
        this.authorizedPeople = Objects.requireNonNull(people, "people");
        return this;
    }

    /** The time the core goes by; its zone decides where months begin. Default: the system clock and zone. */
    public QbwcCoreBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The sync window, report basis, session timeout and versions. Default: {@link WebConnectorSettings#DEFAULT}. */
    public QbwcCoreBuilder settings(WebConnectorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /** How requests are written and answers read: the real qbXML codec, or a stand-in. Required. */
    public QbwcCoreBuilder quickBooks(QuickBooksMessages quickBooks) {
        this.quickBooks = Objects.requireNonNull(quickBooks, "quickBooks");
        return this;
    }

    /** The companies, their Web Connector logins and files. */
    public QbwcCoreBuilder companies(CompanyDirectory companies) {
        this.companies = Objects.requireNonNull(companies, "companies");
        return this;
    }

    /** Web Connector sessions; instances sharing one repository share their sessions. */
    public QbwcCoreBuilder sessions(SessionRepository sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        return this;
    }

    /** Mapping rules. Default: in memory, holding {@link DefaultRules#all()}. */
    public QbwcCoreBuilder mappings(MappingRepository mappings) {
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        return this;
    }

    /** The monthly QBR metrics: where the numbers land. */
    public QbwcCoreBuilder metrics(MetricsRepository metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        return this;
    }

    /** Every sync and the reports it stored, which recalculation and review read back. */
    public <H extends SyncHistory & StoredReports> QbwcCoreBuilder history(H history) {
        this.history = Objects.requireNonNull(history, "history");
        this.storedReports = history;
        return this;
    }

    /** When each month was fetched, and which a user asked to fetch again. */
    public QbwcCoreBuilder ledger(SyncLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        return this;
    }

    public QbwcCoreBuilder auditLog(AuditLog auditLog) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        return this;
    }

    public QbwcCoreBuilder accessKeys(AccessKeyRepository accessKeys) {
        this.accessKeys = Objects.requireNonNull(accessKeys, "accessKeys");
        return this;
    }

    public QbwcCoreBuilder browserSessions(BrowserSessionRepository browserSessions) {
        this.browserSessions = Objects.requireNonNull(browserSessions, "browserSessions");
        return this;
    }

    /** Failed logins, for the throttle. Default: in memory, bounded. */
    public QbwcCoreBuilder loginFailures(LoginFailures loginFailures) {
        this.loginFailures = Objects.requireNonNull(loginFailures, "loginFailures");
        return this;
    }

    /** Runs a unit of work atomically; give the one of the database your repositories use. */
    public QbwcCoreBuilder transactions(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        return this;
    }

    /** How Web Connector passwords are hashed. Default: {@link Pbkdf2Passwords}. */
    public QbwcCoreBuilder passwords(PasswordHasher passwords) {
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        return this;
    }

    /** Where session tickets come from. Default: {@link SecureRandomTicketGenerator}. */
    public QbwcCoreBuilder tickets(TicketGenerator tickets) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        return this;
    }

    /** Who is told about sessions and failures, for monitoring. Default: nobody. */
    public QbwcCoreBuilder events(SyncEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        return this;
    }

    /**
     * The installation's OwnerID, under which the Web Connector keeps our FileID in each company file. The company
     * directory keeps the first one it is given; default: a new random one.
     */
    public QbwcCoreBuilder ownerId(String proposedOwnerId) {
        this.proposedOwnerId = Objects.requireNonNull(proposedOwnerId, "proposedOwnerId");
        return this;
    }

    /** Threads checking passwords (each check is slow on purpose). Default: half the processors, at least one. */
    public QbwcCoreBuilder passwordCheckThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("passwordCheckThreads must be at least 1");
        }
        this.passwordCheckThreads = threads;
        return this;
    }

    /** Sessions of an instance silent for this long are abandoned. Default: {@link #DEFAULT_SILENCE_LIMIT}. */
    public QbwcCoreBuilder silenceLimit(Duration silenceLimit) {
        this.silenceLimit = Objects.requireNonNull(silenceLimit, "silenceLimit");
        return this;
    }

    /** A company without a successful sync for this long is stale in the status. */
    public QbwcCoreBuilder staleAfter(Duration staleAfter) {
        this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
        return this;
    }

    /** How long a finance page session lasts. */
    public QbwcCoreBuilder browserSessionLifetime(Duration lifetime) {
        this.browserSessionLifetime = Objects.requireNonNull(lifetime, "lifetime");
        return this;
    }

    /** The company a caller allowed every company sees first. */
    public QbwcCoreBuilder defaultCompany(CompanyId companyId) {
        this.defaultCompany = Objects.requireNonNull(companyId, "companyId");
        return this;
    }

    /** The core over the ports given and in-memory ones for the rest; close it when done. */
    public QbwcCore build() {
        if (quickBooks == null) {
            throw new IllegalStateException("quickBooks is required: new QbxmlMessages() from qbxml-codec for qbXML");
        }
        fillInMemoryDefaults();
        return new QbwcCore(new CoreWiring(this).useCases());
    }

    private void fillInMemoryDefaults() {
        companies = Objects.requireNonNullElseGet(companies, InMemoryCompanyDirectory::new);
        sessions = Objects.requireNonNullElseGet(sessions, InMemorySessionRepository::new);
        mappings = Objects.requireNonNullElseGet(mappings, () -> new InMemoryMappingRepository(DefaultRules.all()));
        metrics = Objects.requireNonNullElseGet(metrics, () -> new InMemoryMetricsRepository(clock));
        if (history == null) {
            history(new InMemorySyncHistory());
        }
        ledger = Objects.requireNonNullElseGet(ledger, InMemorySyncLedger::new);
        auditLog = Objects.requireNonNullElseGet(auditLog, InMemoryAuditLog::new);
        accessKeys = Objects.requireNonNullElseGet(accessKeys, InMemoryAccessKeyRepository::new);
        browserSessions = Objects.requireNonNullElseGet(browserSessions, InMemoryBrowserSessionRepository::new);
        loginFailures = Objects.requireNonNullElseGet(loginFailures, BoundedLoginFailures::new);
        transactions = Objects.requireNonNullElseGet(transactions, DirectTransactions::new);
        passwords = Objects.requireNonNullElseGet(passwords, Pbkdf2Passwords::new);
        tickets = Objects.requireNonNullElseGet(tickets, SecureRandomTicketGenerator::new);
        proposedOwnerId = Objects.requireNonNullElseGet(proposedOwnerId, QbwcGuid::random);
    }
}
