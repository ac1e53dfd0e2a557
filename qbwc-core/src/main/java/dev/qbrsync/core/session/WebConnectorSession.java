package dev.qbrsync.core.session;

import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.QbxmlTarget;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
 * @param nextTaskIndex   index in {@code plan} of the task to send next (or awaiting its response)
 * @param target          qbXML version and country, known from the first sendRequestXML on
 * @param companyFile     the company file path QBWC reported, empty until then
 * @param version         optimistic lock: incremented by every transition
 */
public record WebConnectorSession(
        UUID id,
        String ticketHash,
        String companyId,
        String userName,
        SessionState state,
        SyncPlan plan,
        int nextTaskIndex,
        int progress,
        String lastError,
        QbxmlTarget target,
        String companyFile,
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
        companyFile = companyFile == null ? "" : companyFile;
    }

    /** A new session: {@link SessionState#AUTHENTICATED} with work planned, {@link SessionState#NOTHING_TO_DO} without. */
    public static WebConnectorSession start(UUID id, Ticket ticket, String companyId, String userName, SyncPlan plan,
                                            Instant now) {
        SessionState state = plan.isEmpty() ? SessionState.NOTHING_TO_DO : SessionState.AUTHENTICATED;
        return new WebConnectorSession(id, ticket.hash(), companyId, userName, state, plan, 0, 0, "", null, "", now,
                now, 0);
    }

    /** The current task was handed to QBWC in {@code target}'s qbXML; its answer is awaited. */
    public WebConnectorSession awaitResponse(QbxmlTarget chosenTarget, String reportedCompanyFile, Instant now) {
        require(state == SessionState.AUTHENTICATED && currentTask().isPresent(), "await a response");
        String file = companyFile.isEmpty() && reportedCompanyFile != null ? reportedCompanyFile : companyFile;
        return next(SessionState.AWAITING_RESPONSE, nextTaskIndex, progress, lastError, chosenTarget, file, now);
    }

    /** The awaited answer is stored: on to the next task, or complete after the last. */
    public WebConnectorSession advance(Instant now) {
        require(state == SessionState.AWAITING_RESPONSE, "advance");
        int done = nextTaskIndex + 1;
        SessionState after = done >= plan.size() ? SessionState.COMPLETED : SessionState.AUTHENTICATED;
        return next(after, done, done * 100 / plan.size(), lastError, target, companyFile, now);
    }

    /** Something went wrong; {@code error} is what getLastError will say. */
    public WebConnectorSession fail(String error, Instant now) {
        require(CAN_FAIL.contains(state), "fail");
        return next(SessionState.FAILED, nextTaskIndex, progress, error, target, companyFile, now);
    }

    /**
     * Closed because no call of it will come back (the instance serving it is gone). With requests left, {@code reason}
     * is its last error; a completed or failed session keeps what it had.
     */
    public WebConnectorSession abandon(String reason, Instant now) {
        require(state.holdsCompany(), "be abandoned");
        String error = hasRequestsLeft() ? reason : lastError;
        return next(SessionState.CLOSED, nextTaskIndex, progress, error, target, companyFile, now);
    }

    /** closeConnection: the ticket dies. */
    public WebConnectorSession close(Instant now) {
        require(state != SessionState.CLOSED, "close");
        return next(SessionState.CLOSED, nextTaskIndex, progress, lastError, target, companyFile, now);
    }

    public Optional<QbxmlTarget> qbxmlTarget() {
        return Optional.ofNullable(target);
    }

    public Optional<SyncTask> currentTask() {
        return nextTaskIndex < plan.size() ? Optional.of(plan.tasks().get(nextTaskIndex)) : Optional.empty();
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
            case CLOSED -> lastError.isEmpty() && nextTaskIndex >= plan.size();
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

    private WebConnectorSession next(SessionState newState, int newTaskIndex, int newProgress, String error,
                                     QbxmlTarget newTarget, String file, Instant now) {
        return new WebConnectorSession(id, ticketHash, companyId, userName, newState, plan, newTaskIndex, newProgress,
                error, newTarget, file, createdAt, now, version + 1);
    }
}
