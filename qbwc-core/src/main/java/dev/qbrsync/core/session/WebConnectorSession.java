package dev.qbrsync.core.session;

import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.QbxmlTarget;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One Web Connector conversation, from authenticate to closeConnection, as stored between calls, and its state
 * machine: {@link #start}, then {@link #awaitResponse} and {@link #advance} per request, {@link #fail} and
 * {@link #close}. Each transition returns the next version of the session; a transition its state does not allow throws
 * {@link IllegalTransitionException}.
 *
 * @param ticketHash      SHA-256 of the ticket; the ticket itself is never stored
 * @param nextRound       index in {@code plan} of the round trip to send next (or whose answer is awaited)
 * @param target          qbXML version and country, known from the first sendRequestXML on
 * @param openFile        the company file QBWC had open (name, FileID, path), as the first sendRequestXML said
 * @param connectionRetries how often the Web Connector was told to try reaching QuickBooks again
 * @param closedByWebConnector closed by the Web Connector's own closeConnection (the conversation is over), not
 *                          abandoned: getLastError on its ticket no longer answers its error
 * @param version         optimistic lock: incremented by every transition
 */
public record WebConnectorSession(
        UUID id,
        String ticketHash,
        CompanyId companyId,
        String userName,
        SessionState state,
        SyncPlan plan,
        int nextRound,
        int progress,
        String lastError,
        QbxmlTarget target,
        FileIdentity openFile,
        int connectionRetries,
        boolean closedByWebConnector,
        Instant createdAt,
        Instant lastActivityAt,
        long version) {

    private static final Set<SessionState> CAN_FAIL = EnumSet.of(SessionState.AUTHENTICATED,
            SessionState.AWAITING_RESPONSE, SessionState.COMPLETED, SessionState.FAILED);

    public WebConnectorSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketHash, "ticketHash");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        lastError = lastError == null ? "" : lastError;
        openFile = openFile == null ? FileIdentity.UNKNOWN : openFile;
    }

    /** A new session: {@link SessionState#AUTHENTICATED} with work planned, {@link SessionState#NOTHING_TO_DO} without. */
    public static WebConnectorSession start(UUID id, Ticket ticket, CompanyId companyId, String userName, SyncPlan plan,
                                            Instant now) {
        SessionState state = plan.isEmpty() ? SessionState.NOTHING_TO_DO : SessionState.AUTHENTICATED;
        return new WebConnectorSession(id, ticket.hash(), companyId, userName, state, plan, 0, 0, "", null,
                FileIdentity.UNKNOWN, 0, false, now, now, 0);
    }

    /** The current task was handed to QBWC in {@code target}'s qbXML; its answer is awaited. */
    public WebConnectorSession awaitResponse(QbxmlTarget chosenTarget, FileIdentity reportedFile, Instant now) {
        require(state == SessionState.AUTHENTICATED && currentRound().isPresent(), "await a response");
        FileIdentity file = openFile.isUnknown() && reportedFile != null ? reportedFile : openFile;
        return next(SessionState.AWAITING_RESPONSE, nextRound, progress, lastError, chosenTarget, file, now);
    }

    /**
     * The awaited answer arrived and is being stored: the session stays awaiting it, but a concurrent call with the
     * same answer finds it changed, so one answer is stored once.
     */
    public WebConnectorSession receiving(Instant now) {
        return receiving(openFile, now);
    }

    /** The same, knowing the open file better from the answer (QuickBooks' FileID), as the binding will keep it. */
    public WebConnectorSession receiving(FileIdentity identifiedFile, Instant now) {
        require(state == SessionState.AWAITING_RESPONSE, "receive a response");
        return next(state, nextRound, progress, lastError, target, identifiedFile, now);
    }

    /** The awaited answer is stored: on to the next round trip, or complete after the last. */
    public WebConnectorSession advance(Instant now) {
        return advance(List.of(), now);
    }

    /**
     * The awaited answer is stored, and {@code nextPages} (jobs' iterations continued) go out in the round trip right
     * after it; complete after the last round.
     */
    public WebConnectorSession advance(List<? extends SyncTask> nextPages, Instant now) {
        require(state == SessionState.AWAITING_RESPONSE, "advance");
        SyncPlan extended = plan.withRoundAfter(nextRound, nextPages);
        int done = nextRound + 1;
        SessionState after = done >= extended.size() ? SessionState.COMPLETED : SessionState.AUTHENTICATED;
        return new WebConnectorSession(id, ticketHash, companyId, userName, after, extended, done,
                done * 100 / extended.size(), lastError, target, openFile, connectionRetries, false, createdAt, now,
                version + 1);
    }

    /** These requests of the round to send next cannot be sent (a job's query was refused); the rest go out. */
    public WebConnectorSession dropping(List<? extends SyncTask> refused, Instant now) {
        require(state == SessionState.AUTHENTICATED && currentRound().isPresent(), "drop requests");
        SyncPlan kept = plan.without(nextRound, refused);
        return new WebConnectorSession(id, ticketHash, companyId, userName, state, kept, nextRound, progress,
                lastError, target, openFile, connectionRetries, false, createdAt, now, version + 1);
    }

    /** The Web Connector could not reach QuickBooks and is told to try once more; nothing was asked yet. */
    public WebConnectorSession retryConnection(Instant now) {
        require(state == SessionState.AUTHENTICATED, "retry the connection");
        return new WebConnectorSession(id, ticketHash, companyId, userName, state, plan, nextRound, progress, lastError,
                target, openFile, connectionRetries + 1, false, createdAt, now, version + 1);
    }

    /** Something went wrong; {@code error} is what getLastError will say. */
    public WebConnectorSession fail(String error, Instant now) {
        require(CAN_FAIL.contains(state), "fail");
        return next(SessionState.FAILED, nextRound, progress, error, target, openFile, now);
    }

    /**
     * Closed because no call of it will come back (the instance serving it is gone). With requests left, {@code reason}
     * is its last error; a completed or failed session keeps what it had.
     */
    public WebConnectorSession abandon(String reason, Instant now) {
        require(state.holdsCompany(), "be abandoned");
        String error = hasRequestsLeft() ? reason : lastError;
        return next(SessionState.CLOSED, nextRound, progress, error, target, openFile, now);
    }

    /** closeConnection: the ticket dies, and with it the conversation: its error is no longer given out. */
    public WebConnectorSession close(Instant now) {
        require(state != SessionState.CLOSED, "close");
        return new WebConnectorSession(id, ticketHash, companyId, userName, SessionState.CLOSED, plan, nextRound,
                progress, lastError, target, openFile, connectionRetries, true, createdAt, now, version + 1);
    }

    public Optional<QbxmlTarget> qbxmlTarget() {
        return Optional.ofNullable(target);
    }

    /** The requests of the round trip to send next, or whose answer is awaited. */
    public Optional<List<SyncTask>> currentRound() {
        return nextRound < plan.size() ? Optional.of(plan.rounds().get(nextRound)) : Optional.empty();
    }

    /** Authenticated or awaiting an answer: requests of its plan are still to be stored. */
    public boolean hasRequestsLeft() {
        return state == SessionState.AUTHENTICATED || state == SessionState.AWAITING_RESPONSE;
    }

    /**
     * It did what it came for: there was nothing to do, or every request of its plan was stored (whether or not the
     * Web Connector closed it afterwards).
     */
    public boolean succeeded() {
        return switch (state) {
            case NOTHING_TO_DO, COMPLETED -> true;
            case CLOSED -> lastError.isEmpty() && nextRound >= plan.size();
            case AUTHENTICATED, AWAITING_RESPONSE, FAILED -> false;
        };
    }

    /** Live sessions hold their company: a second Web Connector for it is answered {@code busy}. */
    public boolean isLive(Instant now, Duration idleTimeout) {
        return state.holdsCompany() && !isExpired(now, idleTimeout);
    }

    public boolean isExpired(Instant now, Duration idleTimeout) {
        return lastActivityAt.plus(idleTimeout).isBefore(now);
    }

    private void require(boolean allowed, String transition) {
        if (!allowed) {
            throw new IllegalTransitionException(state, transition);
        }
    }

    private WebConnectorSession next(SessionState newState, int newRound, int newProgress, String error,
                                     QbxmlTarget newTarget, FileIdentity file, Instant now) {
        return new WebConnectorSession(id, ticketHash, companyId, userName, newState, plan, newRound, newProgress,
                error, newTarget, file, connectionRetries, false, createdAt, now, version + 1);
    }
}
