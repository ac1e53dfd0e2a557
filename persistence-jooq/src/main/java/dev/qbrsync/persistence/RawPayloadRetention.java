package dev.qbrsync.persistence;

import dev.qbrsync.core.history.SyncHistory;

import java.time.Clock;
import java.time.Duration;

/** Deletes raw QuickBooks payloads older than the retention period; parsed data and outcomes are kept for good. */
public final class RawPayloadRetention {
    public static final int DEFAULT_DAYS = 90;

    private final SyncHistory history;
    private final Duration retention;
    private final Clock clock;

    public RawPayloadRetention(SyncHistory history, int days, Clock clock) {
        if (days < 1) {
            throw new IllegalArgumentException("Raw payload retention must be at least one day, not " + days);
        }
        this.history = history;
        this.retention = Duration.ofDays(days);
        this.clock = clock;
    }

    /** Purges what has expired; returns how many payloads were deleted. */
    public int purgeExpired() {
        return history.purgeRawPayloadsBefore(clock.instant().minus(retention));
    }
}
