package dev.qbrsync.core.exchange;

import dev.qbrsync.core.exchange.internal.ClientVersionPolicy;
import dev.qbrsync.core.exchange.internal.ConnectionProblem;
import dev.qbrsync.core.exchange.internal.Login;
import dev.qbrsync.core.exchange.internal.RequestExchange;
import dev.qbrsync.core.exchange.internal.SessionOutcomes;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.WebConnectorSession;
import dev.qbrsync.core.session.internal.TicketCheck;

import java.time.Clock;
import java.time.Duration;

/**
 * The eight Web Connector operations. authenticate is the {@link Login}; sendRequestXML and receiveResponseXML are the
 * {@link RequestExchange}; the rest are answered here. Every call is audited; a refused or failed call explains itself
 * through getLastError.
 */
public final class WebConnectorService implements WebConnector {
    static final String DONE = "done";
    private static final String TRY_THE_OPEN_FILE_AGAIN = "";
    private static final String CONNECTION_ERROR = "qbwc.connectionError";
    private static final int CONNECTION_RETRIES = 1;

    private final String serverVersion;
    private final ClientVersionPolicy clientVersionPolicy;
    private final Login login;
    private final RequestExchange exchange;
    private final TicketCheck ticketCheck;
    private final SessionOutcomes outcomes;
    private final Auditor auditor;
    private final Clock clock;
    private final SyncEvents events;

    public WebConnectorService(String serverVersion, ClientVersionPolicy clientVersionPolicy, Login login,
                               RequestExchange exchange, TicketCheck ticketCheck, SessionOutcomes outcomes,
                               Auditor auditor, Clock clock, SyncEvents events) {
        this.serverVersion = serverVersion;
        this.clientVersionPolicy = clientVersionPolicy;
        this.login = login;
        this.exchange = exchange;
        this.ticketCheck = ticketCheck;
        this.outcomes = outcomes;
        this.auditor = auditor;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String serverVersion(Caller caller) {
        auditor.recordStranger(caller, "qbwc.serverVersion", AuditOutcome.SUCCESS, "");
        return serverVersion;
    }

    @Override
    public String clientVersion(Caller caller, String clientVersion) {
        String verdict = clientVersionPolicy.verdict(clientVersion);
        auditor.recordStranger(caller, "qbwc.clientVersion",
                verdict.startsWith("E:") ? AuditOutcome.DENIED : AuditOutcome.SUCCESS, "version " + clientVersion);
        return verdict;
    }

    @Override
    public AuthenticateResult authenticate(Caller caller, Authenticate request) {
        return login.authenticate(caller, request.userName(), request.password());
    }

    @Override
    public String sendRequestXML(Caller caller, SendRequestXml request) {
        return exchange.sendRequestXML(caller, request.ticket(), request.hcpResponse(), request.companyFileName(),
                request.qbxmlCountry(), request.qbxmlMajorVersion(), request.qbxmlMinorVersion());
    }

    @Override
    public int receiveResponseXML(Caller caller, ReceiveResponseXml received) {
        return exchange.receiveResponseXML(caller, received.ticket(), received.response(), received.hresult(),
                received.message());
    }

    /**
     * The Web Connector could not reach QuickBooks. A problem that may pass is tried once more with the company file
     * that is open (""); one only a person can fix, or a second failure, ends the session with what to do.
     */
    @Override
    public String connectionError(Caller caller, ConnectionError error) {
        TicketCheck.Found found = ticketCheck.find(caller, error.ticket());
        if (!found.usable()) {
            return outcomes.refuse(caller, found, CONNECTION_ERROR, DONE);
        }
        WebConnectorSession session = found.session();
        ConnectionProblem problem = ConnectionProblem.of(error.hresult(), error.message());
        String reported = "The Web Connector could not reach QuickBooks (" + error.hresult().trim() + "): "
                + error.message().trim();
        if (!problem.needsAPerson() && session.state() == SessionState.AUTHENTICATED
                && session.connectionRetries() < CONNECTION_RETRIES
                && outcomes.store(session.retryConnection(clock.instant()))) {
            auditor.record(caller, session.userName(), CONNECTION_ERROR, AuditOutcome.FAILURE,
                    reported + "; trying once more with the company file that is open");
            return TRY_THE_OPEN_FILE_AGAIN;
        }
        String advice = problem.needsAPerson() ? problem.advice()
                : "Trying again did not help; check that QuickBooks is running with this company's file open and "
                + "run the Web Connector again.";
        return outcomes.fail(caller, session, CONNECTION_ERROR, reported + ". " + advice, DONE);
    }

    @Override
    public String getLastError(Caller caller, String ticket) {
        TicketCheck.Found found = ticketCheck.find(caller, ticket);
        String answer = found.known().filter(session -> !session.closedByWebConnector())
                .map(WebConnectorSession::lastError).filter(error -> !error.isEmpty())
                .orElse(found.usable() ? "No error." : found.refusal());
        outcomes.audit(caller, found, "qbwc.getLastError", found.usable() ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
                answer);
        return answer;
    }

    @Override
    public String closeConnection(Caller caller, String ticket) {
        TicketCheck.Found found = ticketCheck.find(caller, ticket);
        WebConnectorSession session = found.session();
        if (session == null || session.state() == SessionState.CLOSED) {
            return outcomes.refuse(caller, found, "qbwc.closeConnection", found.refusal());
        }
        String summary = closingSummary(session);
        WebConnectorSession closed = session.close(clock.instant());
        if (outcomes.store(closed)) {
            events.sessionEnded(end(session.state()), Duration.between(session.createdAt(), closed.lastActivityAt()));
        }
        auditor.record(caller, session.userName(), "qbwc.closeConnection", AuditOutcome.SUCCESS, summary);
        return summary;
    }

    @Override
    public void refuseRequest(Caller caller, String reason) {
        auditor.recordRefusal(caller, null, "qbwc.refused", false, reason);
    }

    private static String closingSummary(WebConnectorSession session) {
        int total = session.plan().tasks().size();
        int done = session.plan().tasksBefore(session.nextRound());
        return switch (session.state()) {
            case NOTHING_TO_DO -> "Nothing to sync: every month is up to date.";
            case COMPLETED -> "Sync complete: " + total + " of " + total + " requests stored in "
                    + roundTrips(session.plan().size()) + ".";
            case FAILED -> "Sync failed: " + session.lastError();
            case AUTHENTICATED, AWAITING_RESPONSE -> "Sync stopped early: " + done + " of " + total
                    + " requests stored.";
            case CLOSED -> throw new IllegalStateException("a closed session has no summary");
        };
    }

    private static String roundTrips(int count) {
        return count == 1 ? "one round trip" : count + " round trips";
    }

    private static SyncEvents.SessionEnd end(SessionState before) {
        return switch (before) {
            case NOTHING_TO_DO -> SyncEvents.SessionEnd.NOTHING_TO_DO;
            case COMPLETED -> SyncEvents.SessionEnd.COMPLETED;
            case FAILED -> SyncEvents.SessionEnd.FAILED;
            case AUTHENTICATED, AWAITING_RESPONSE -> SyncEvents.SessionEnd.STOPPED_EARLY;
            case CLOSED -> throw new IllegalStateException("a closed session does not end again");
        };
    }
}
