package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.exchange.SyncEvents;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.session.AbandonedSession;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Closes sessions no call will come back to because the QBR Sync instance serving them is gone (stopped, crashed or
 * silent), so they stop holding their company. Each is closed with an explanation that getLastError, {@code /status}
 * and the history show; the request it was on is recorded as failed, and its months stay due. A login closes its
 * company's at once; {@link dev.qbrsync.core.exchange.AbandonedSessions} sweeps the rest.
 */
public final class AbandonedSessionCloser {
    private static final System.Logger LOG = System.getLogger(AbandonedSessionCloser.class.getName());

    private final SessionRepository sessions;
    private final SyncHistory history;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration silenceLimit;
    private final SyncEvents events;

    /** @param silenceLimit an instance whose heartbeat is older than this is gone */
    public AbandonedSessionCloser(SessionRepository sessions, SyncHistory history, Transactions transactions, Clock clock,
                                  Duration silenceLimit, SyncEvents events) {
        this.sessions = sessions;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
        this.silenceLimit = silenceLimit;
        this.events = events;
    }

    /** Closes the abandoned sessions of a company that is about to open a new one. */
    public void closeFor(CompanyId companyId) {
        close(sessions.findAbandoned(Optional.of(companyId), clock.instant(), silenceLimit));
    }

    /** Closes every abandoned session idle for longer than {@code grace}; returns how many. */
    public int closeIdleFor(Duration grace) {
        return close(sessions.findAbandoned(Optional.empty(), clock.instant().minus(grace), silenceLimit));
    }

    private int close(List<AbandonedSession> found) {
        int closed = 0;
        for (AbandonedSession abandoned : found) {
            closed += close(abandoned) ? 1 : 0;
        }
        return closed;
    }

    private boolean close(AbandonedSession abandoned) {
        WebConnectorSession session = abandoned.session();
        String explanation = explanation(abandoned);
        Instant now = clock.instant();
        List<SyncTask> unfinished = unfinishedRound(session);
        try {
            transactions.inTransaction(() -> {
                unfinished.forEach(task -> history.record(HistoryEntries.failed(session, task, null, explanation,
                        now)));
                sessions.update(session.abandon(explanation, now));
                return null;
            });
        } catch (ConcurrentUpdateException e) {
            return false; // a call of it arrived meanwhile: it was not abandoned after all
        }
        unfinished.forEach(task -> events.syncFailed(HistoryEntries.typeOf(task)));
        events.sessionEnded(SyncEvents.SessionEnd.ABANDONED, Duration.between(session.createdAt(), now));
        LOG.log(System.Logger.Level.WARNING, "Closed an abandoned session of company " + session.companyId() + ": "
                + explanation);
        return true;
    }

    private static String explanation(AbandonedSession abandoned) {
        WebConnectorSession session = abandoned.session();
        String instance = "the QBR Sync instance serving this session"
                + (abandoned.instance().isEmpty() ? "" : " (" + abandoned.instance() + ")");
        String why = switch (abandoned.end()) {
            case STOPPED -> instance + " was stopped" + at(abandoned.since());
            case ENDED_WITHOUT_STOPPING -> instance + " ended without stopping (killed or crashed); it was last heard "
                    + "from" + at(abandoned.since());
            case SILENT -> instance + " has not been heard from since " + seconds(abandoned.since());
            case NOT_RECORDED -> "the QBR Sync that served this session is no longer running";
        };
        return "Abandoned: " + why + progress(session);
    }

    /** The requests of the round trip it was in the middle of, if any were left. */
    private static List<SyncTask> unfinishedRound(WebConnectorSession session) {
        return session.currentRound().filter(round -> session.hasRequestsLeft()).orElse(List.of());
    }

    private static String progress(WebConnectorSession session) {
        List<SyncTask> round = unfinishedRound(session);
        if (round.isEmpty()) {
            return ".";
        }
        String request = "round trip " + (session.nextRound() + 1) + " of " + session.plan().size() + " ("
                + SyncPlan.describe(round) + ")";
        String moment = switch (session.state()) {
            case AWAITING_RESPONSE -> ", while QuickBooks was answering " + request;
            default -> ", before " + request + " was sent";
        };
        return moment + ". Nothing of that round trip was stored; its months stay due for the next run.";
    }

    private static String at(Instant instant) {
        return instant == null ? "" : " at " + seconds(instant);
    }

    private static String seconds(Instant instant) {
        return instant == null ? "an unknown time" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
