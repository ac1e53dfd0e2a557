package dev.qbrsync.core.service;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.auth.Caller;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncPlanner;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.port.CredentialVerifier;
import dev.qbrsync.core.port.QuickBooksMessages;
import dev.qbrsync.core.port.SessionRepository;
import dev.qbrsync.core.port.SyncLedger;
import dev.qbrsync.core.port.TicketGenerator;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.session.WebConnectorSession;
import dev.qbrsync.core.usecase.AuthenticateResult;
import dev.qbrsync.core.usecase.WebConnector;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The Web Connector session state machine: authenticate opens a session with a plan, each sendRequestXML hands out the
 * plan's next request, each receiveResponseXML stores its answer, closeConnection kills the ticket. Every call is
 * audited; a refused or failed call explains itself through getLastError.
 */
public final class WebConnectorService implements WebConnector {
    static final String DONE = "done";

    private final WebConnectorSettings settings;
    private final SessionRepository sessions;
    private final SyncLedger ledger;
    private final CredentialVerifier credentials;
    private final TicketGenerator tickets;
    private final QuickBooksMessages messages;
    private final SyncPlanner planner;
    private final SessionLookup lookup;
    private final ResponseRecorder recorder;
    private final ClientVersionPolicy clientVersionPolicy;
    private final QbxmlTargetChooser targetChooser;
    private final Auditor auditor;
    private final LoginThrottle loginThrottle;
    private final Clock clock;

    public WebConnectorService(WebConnectorSettings settings, CorePorts ports, Clock clock) {
        this.settings = settings;
        this.sessions = ports.sessions();
        this.ledger = ports.ledger();
        this.credentials = ports.credentials();
        this.tickets = ports.tickets();
        this.messages = ports.messages();
        this.clock = clock;
        this.planner = new SyncPlanner(settings.syncPolicy(), clock);
        this.lookup = new SessionLookup(sessions, clock, settings.sessionTimeout());
        this.recorder = new ResponseRecorder(sessions, ports.mappings(), ports.metrics(), ports.history(), ledger,
                ports.transactions(), planner, new ReportMetrics(), clock);
        this.clientVersionPolicy = new ClientVersionPolicy(settings.minimumClientVersion());
        this.targetChooser = new QbxmlTargetChooser(messages.supportedVersions());
        this.auditor = new Auditor(ports.audit(), clock);
        this.loginThrottle = new LoginThrottle(settings.maxFailedLogins(), settings.failedLoginWindow(), clock);
    }

    @Override
    public String serverVersion(Caller caller) {
        auditor.record(caller, null, "qbwc.serverVersion", AuditOutcome.SUCCESS, "");
        return settings.serverVersion();
    }

    @Override
    public String clientVersion(Caller caller, String clientVersion) {
        String verdict = clientVersionPolicy.verdict(clientVersion);
        auditor.record(caller, null, "qbwc.clientVersion",
                verdict.startsWith("E:") ? AuditOutcome.DENIED : AuditOutcome.SUCCESS, "version " + clientVersion);
        return verdict;
    }

    @Override
    public AuthenticateResult authenticate(Caller caller, String userName, char[] password) {
        boolean locked = loginThrottle.isLocked(userName, caller.sourceAddress());
        // The password is checked even when locked, so a lockout cannot be told apart from a wrong password by time.
        Optional<String> company = credentials.companyFor(userName == null ? "" : userName, password);
        Arrays.fill(password, '\0');
        if (locked || company.isEmpty()) {
            loginThrottle.recordFailure(userName, caller.sourceAddress());
            auditor.record(caller, userName, "qbwc.authenticate", AuditOutcome.DENIED, locked
                    ? "refused: too many failed logins for this user name or address recently"
                    : "wrong user name or password");
            return new AuthenticateResult("", AuthenticateResult.NOT_VALID_USER, null, null);
        }
        Instant now = clock.instant();
        SyncPlan plan = planner.plan(ledger.load(company.get()));
        Ticket ticket = tickets.next();
        WebConnectorSession session = WebConnectorSession.start(UUID.randomUUID(), ticket, company.get(), userName,
                plan, now);
        if (plan.isEmpty()) {
            session = session.toBuilder().state(SessionState.CLOSED).build();
        }
        if (!sessions.insertIfCompanyIdle(session, now.minus(settings.sessionTimeout()))) {
            auditor.record(caller, userName, "qbwc.authenticate", AuditOutcome.DENIED,
                    "company " + company.get() + " is busy with another Web Connector session");
            return new AuthenticateResult("", AuthenticateResult.BUSY, null, null);
        }
        String status = plan.isEmpty() ? AuthenticateResult.NOTHING_TO_DO : AuthenticateResult.USE_OPEN_COMPANY_FILE;
        auditor.record(caller, userName, "qbwc.authenticate", AuditOutcome.SUCCESS,
                "ticket " + ticket.masked() + ", company " + company.get() + ", " + plan.size() + " requests planned");
        return new AuthenticateResult(ticket.value(), status, null, null);
    }

    @Override
    public String sendRequestXML(Caller caller, String ticket, String hcpResponse, String companyFileName,
                                 String qbxmlCountry, int qbxmlMajorVersion, int qbxmlMinorVersion) {
        SessionLookup.Found found = lookup.find(ticket);
        if (!found.usable()) {
            return refuse(caller, found, "qbwc.sendRequestXML", "");
        }
        WebConnectorSession session = found.session();
        if (session.state() != SessionState.AUTHENTICATED) {
            return failOutOfOrder(caller, session, "qbwc.sendRequestXML", "");
        }
        Optional<SyncTask> task = session.currentTask();
        if (task.isEmpty()) {
            return failOutOfOrder(caller, session, "qbwc.sendRequestXML", "");
        }
        Optional<QbxmlTarget> target = session.qbxmlTarget()
                .or(() -> targetChooser.choose(hostInfo(hcpResponse), qbxmlCountry, qbxmlMajorVersion,
                        qbxmlMinorVersion));
        if (target.isEmpty()) {
            return fail(caller, session, "qbwc.sendRequestXML", "QuickBooks supports qbXML up to "
                    + qbxmlMajorVersion + "." + qbxmlMinorVersion + ", but QBR Sync needs one of "
                    + targetChooser.describeOurs() + ".", "");
        }
        String request = messages.request(task.get(), target.get(), reportBasis());
        WebConnectorSession awaiting = session.toBuilder()
                .state(SessionState.AWAITING_RESPONSE)
                .target(target.get())
                .companyFile(session.companyFile().isEmpty() ? companyFileName : session.companyFile())
                .lastActivityAt(clock.instant())
                .build();
        if (!store(awaiting)) {
            return refuseConcurrent(caller, session, "qbwc.sendRequestXML", "");
        }
        auditor.record(caller, session.userName(), "qbwc.sendRequestXML", AuditOutcome.SUCCESS,
                "request " + (session.nextTaskIndex() + 1) + " of " + session.plan().size() + ": "
                        + task.get().encode() + " in qbXML " + target.get().version());
        return request;
    }

    @Override
    public int receiveResponseXML(Caller caller, String ticket, String response, String hresult, String message) {
        SessionLookup.Found found = lookup.find(ticket);
        if (!found.usable()) {
            return refuse(caller, found, "qbwc.receiveResponseXML", -1);
        }
        WebConnectorSession session = found.session();
        if (session.state() != SessionState.AWAITING_RESPONSE || session.currentTask().isEmpty()) {
            return failOutOfOrder(caller, session, "qbwc.receiveResponseXML", -1);
        }
        SyncTask task = session.currentTask().get();
        if (hresult != null && !hresult.isBlank()) {
            return failResponse(caller, session, task, response,
                    "QuickBooks could not run the request (" + hresult.trim() + "): " + nullToEmpty(message).trim());
        }
        QuickBooksResponse parsed;
        try {
            parsed = messages.read(task, nullToEmpty(response));
        } catch (MalformedQbxmlException e) {
            return failResponse(caller, session, task, response, "QuickBooks' response could not be read: "
                    + e.getMessage());
        }
        if (parsed instanceof QuickBooksResponse.Refused refused) {
            return failResponse(caller, session, task, response, "QuickBooks refused " + task.encode() + " with status "
                    + refused.status().code() + ": " + refused.status().message());
        }
        try {
            WebConnectorSession advanced = recorder.recordSuccess(session, task, response, parsed);
            auditor.record(caller, session.userName(), "qbwc.receiveResponseXML", AuditOutcome.SUCCESS,
                    task.encode() + " stored, " + advanced.progress() + "% done");
            return advanced.progress();
        } catch (ConcurrentUpdateException e) {
            return refuseConcurrent(caller, session, "qbwc.receiveResponseXML", -1);
        } catch (RuntimeException e) {
            return failResponse(caller, session, task, response, "Storing " + task.encode() + " failed: "
                    + e.getMessage());
        }
    }

    @Override
    public String connectionError(Caller caller, String ticket, String hresult, String message) {
        SessionLookup.Found found = lookup.find(ticket);
        if (!found.usable()) {
            return refuse(caller, found, "qbwc.connectionError", DONE);
        }
        fail(caller, found.session(), "qbwc.connectionError", "The Web Connector could not reach QuickBooks ("
                + nullToEmpty(hresult).trim() + "): " + nullToEmpty(message).trim(), DONE);
        return DONE;
    }

    @Override
    public String getLastError(Caller caller, String ticket) {
        SessionLookup.Found found = lookup.find(ticket);
        String answer;
        if (found.session() == null) {
            answer = found.refusal();
        } else if (!found.session().lastError().isEmpty()) {
            answer = found.session().lastError();
        } else {
            answer = found.usable() ? "No error." : found.refusal();
        }
        auditor.record(caller, found.session() == null ? null : found.session().userName(), "qbwc.getLastError",
                found.usable() ? AuditOutcome.SUCCESS : AuditOutcome.DENIED, answer);
        return answer;
    }

    @Override
    public String closeConnection(Caller caller, String ticket) {
        SessionLookup.Found found = lookup.find(ticket);
        WebConnectorSession session = found.session();
        if (session == null || session.state() == SessionState.CLOSED && !session.plan().isEmpty()) {
            auditor.record(caller, session == null ? null : session.userName(), "qbwc.closeConnection",
                    AuditOutcome.DENIED, found.refusal());
            return found.refusal();
        }
        String summary = closingSummary(session);
        if (session.state() != SessionState.CLOSED) {
            store(session.toBuilder().state(SessionState.CLOSED).lastActivityAt(clock.instant()).build());
        }
        auditor.record(caller, session.userName(), "qbwc.closeConnection", AuditOutcome.SUCCESS, summary);
        return summary;
    }

    @Override
    public Optional<String> companyOf(String ticket) {
        return ticket == null || ticket.isBlank() ? Optional.empty()
                : sessions.findByTicketHash(new Ticket(ticket).hash()).map(WebConnectorSession::companyId);
    }

    private static String closingSummary(WebConnectorSession session) {
        int total = session.plan().size();
        return switch (session.state()) {
            case CLOSED -> "Nothing to sync: every month is up to date.";
            case COMPLETED -> "Sync complete: " + total + " of " + total + " requests stored.";
            case FAILED -> "Sync failed: " + session.lastError();
            case AUTHENTICATED, AWAITING_RESPONSE -> "Sync stopped early: " + session.nextTaskIndex() + " of " + total
                    + " requests stored.";
        };
    }

    private HostInfo hostInfo(String hcpResponse) {
        if (hcpResponse == null || hcpResponse.isBlank()) {
            return HostInfo.unknown();
        }
        try {
            return messages.readHostInfo(hcpResponse);
        } catch (MalformedQbxmlException e) {
            return HostInfo.unknown();
        }
    }

    private ReportBasis reportBasis() {
        return settings.reportBasis();
    }

    private int failResponse(Caller caller, WebConnectorSession session, SyncTask task, String raw, String error) {
        try {
            recorder.recordFailure(session, task, raw, error);
        } catch (RuntimeException storeFailure) {
            auditor.record(caller, session.userName(), "qbwc.receiveResponseXML", AuditOutcome.FAILURE,
                    error + " (and the failure could not be stored: " + storeFailure.getMessage() + ")");
            return -1;
        }
        auditor.record(caller, session.userName(), "qbwc.receiveResponseXML", AuditOutcome.FAILURE, error);
        return -1;
    }

    private <T> T fail(Caller caller, WebConnectorSession session, String action, String error, T answer) {
        store(session.toBuilder().state(SessionState.FAILED).lastError(error).lastActivityAt(clock.instant()).build());
        auditor.record(caller, session.userName(), action, AuditOutcome.FAILURE, error);
        return answer;
    }

    private <T> T failOutOfOrder(Caller caller, WebConnectorSession session, String action, T answer) {
        String method = action.substring(action.indexOf('.') + 1);
        return fail(caller, session, action, method + " was called out of order (the session was "
                + session.state().name().toLowerCase().replace('_', ' ') + "); run the Web Connector again.", answer);
    }

    private <T> T refuse(Caller caller, SessionLookup.Found found, String action, T answer) {
        String actor = found.session() == null ? null : found.session().userName();
        auditor.record(caller, actor, action, AuditOutcome.DENIED, found.refusal());
        return answer;
    }

    private <T> T refuseConcurrent(Caller caller, WebConnectorSession session, String action, T answer) {
        auditor.record(caller, session.userName(), action, AuditOutcome.DENIED,
                "another call changed this session at the same time");
        return answer;
    }

    /** Stores a session change; false when a concurrent call changed the session first. */
    private boolean store(WebConnectorSession changed) {
        try {
            sessions.update(changed);
            return true;
        } catch (ConcurrentUpdateException e) {
            return false;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
