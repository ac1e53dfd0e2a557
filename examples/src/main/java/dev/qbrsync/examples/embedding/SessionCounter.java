package dev.qbrsync.examples.embedding;

import dev.qbrsync.core.exchange.SyncEvents;
import dev.qbrsync.core.history.SyncType;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** An embedder's monitoring: counts how sessions ended and which syncs failed, for the team's own dashboard. */
public final class SessionCounter implements SyncEvents {
    private final Map<SessionEnd, Integer> sessions = new EnumMap<>(SessionEnd.class);
    private final Map<SyncType, Integer> failures = new EnumMap<>(SyncType.class);

    @Override
    public synchronized void sessionEnded(SessionEnd end, Duration duration) {
        sessions.merge(end, 1, Integer::sum);
    }

    @Override
    public synchronized void syncFailed(SyncType type) {
        failures.merge(type, 1, Integer::sum);
    }

    public synchronized int sessionsEnded(SessionEnd end) {
        return sessions.getOrDefault(end, 0);
    }

    public synchronized int failedSyncs() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }
}
