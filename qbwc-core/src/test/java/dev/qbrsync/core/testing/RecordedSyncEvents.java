package dev.qbrsync.core.testing;

import dev.qbrsync.core.exchange.SyncEvents;
import dev.qbrsync.core.history.SyncType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every event the core reported, in order, written as {@code "sessionEnded COMPLETED PT2M"}. */
public final class RecordedSyncEvents implements SyncEvents {
    private final List<String> events = new CopyOnWriteArrayList<>();

    public List<String> all() {
        return List.copyOf(events);
    }

    @Override
    public void sessionEnded(SessionEnd end, Duration duration) {
        events.add("sessionEnded " + end + " " + duration);
    }

    @Override
    public void syncFailed(SyncType type) {
        events.add("syncFailed " + type);
    }

    @Override
    public void requestSent(int requests, long bytes) {
        events.add("requestSent " + requests + " " + bytes);
    }

    @Override
    public void responseReceived(int requests, long bytes) {
        events.add("responseReceived " + requests + " " + bytes);
    }
}
