package dev.qbrsync.core.exchange;

import dev.qbrsync.core.history.SyncType;

import java.time.Duration;

/**
 * What the Web Connector conversation reports as it goes, for monitoring: the application counts it, the core only
 * tells. Each method is called once what it reports has happened (and, where something is stored, was stored).
 */
public interface SyncEvents {
    /** Tells nobody. */
    SyncEvents NONE = new SyncEvents() {
    };

    /** How a session ended. */
    enum SessionEnd {
        /** Every request of its plan was stored. */
        COMPLETED,
        /** Everything was up to date. */
        NOTHING_TO_DO,
        /** Something failed; getLastError said what. */
        FAILED,
        /** The Web Connector closed it with requests left, without an error. */
        STOPPED_EARLY,
        /** The instance serving it went away ({@link AbandonedSessions}). */
        ABANDONED
    }

    /** A session ended after {@code duration} (from authenticate to its end). */
    default void sessionEnded(SessionEnd end, Duration duration) {
    }

    /** A request stored nothing: refused, unreadable, not adding up, not storable, or abandoned. */
    default void syncFailed(SyncType type) {
    }

    /** A qbXML message asking {@code requests} things was handed to the Web Connector; its size in UTF-8 bytes. */
    default void requestSent(int requests, long bytes) {
    }

    /** QuickBooks' answer to a message of {@code requests} requests arrived; its size in UTF-8 bytes. */
    default void responseReceived(int requests, long bytes) {
    }
}
