package dev.qbrsync.core.session;

import java.time.Instant;
import java.util.Objects;

/**
 * An open session whose last call was served by a QBR Sync instance that is gone, so no call of it will come back.
 *
 * @param instance  the gone instance as people know it (host and process), empty when it was not recorded
 * @param end       how it went
 * @param since     when it stopped, or when it was last heard from; null when not recorded
 */
public record AbandonedSession(WebConnectorSession session, String instance, InstanceEnd end, Instant since) {

    public AbandonedSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(end, "end");
        instance = instance == null ? "" : instance;
    }

    /** How the instance that served a session went away. */
    public enum InstanceEnd {
        /** It was stopped cleanly. */
        STOPPED,
        /** Its connection to the database ended without a stop: killed or crashed. */
        ENDED_WITHOUT_STOPPING,
        /** It has not sent a heartbeat for too long: hung, or cut off from the database. */
        SILENT,
        /** The session was served by a QBR Sync that did not record its instance (before instances were recorded). */
        NOT_RECORDED
    }
}
