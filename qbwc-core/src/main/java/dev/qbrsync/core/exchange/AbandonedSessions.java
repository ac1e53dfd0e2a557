package dev.qbrsync.core.exchange;

import dev.qbrsync.core.exchange.internal.AbandonedSessionCloser;

import java.time.Duration;

/**
 * Closes sessions no call will come back to because the QBR Sync instance serving them is gone (stopped, crashed or
 * silent), so they stop holding their company. Each is closed with an explanation that getLastError, {@code /status}
 * and the history show; the request it was on is recorded as failed, and its months stay due.
 *
 * <p>A login closes its company's abandoned sessions at once: a new session of the company is wanted, and it cannot
 * be the old one's Web Connector coming back. The periodic {@link #sweep} waits {@link #SWEEP_GRACE} first, because
 * the Web Connector of a session whose instance stopped between two calls may still reach another instance.
 */
public final class AbandonedSessions {
    /** How long an orphaned session may wait for its Web Connector (QuickBooks may take minutes to answer). */
    public static final Duration SWEEP_GRACE = Duration.ofMinutes(10);

    private final AbandonedSessionCloser closer;

    public AbandonedSessions(AbandonedSessionCloser closer) {
        this.closer = closer;
    }

    /** Closes every abandoned session idle for longer than {@link #SWEEP_GRACE}; returns how many. */
    public int sweep() {
        return closer.closeIdleFor(SWEEP_GRACE);
    }
}
