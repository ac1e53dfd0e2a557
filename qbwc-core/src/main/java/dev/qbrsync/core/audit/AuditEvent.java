package dev.qbrsync.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One access to the service, successful or not. Never holds a secret: no password, full ticket or token. Every text
 * is capped, so nobody, least of all an unauthenticated caller, can make one entry large.
 *
 * @param actor          who: a QBWC user name, an API token's name, or {@code anonymous}
 * @param sourceAddress  the caller's IP address
 * @param action         what: {@code qbwc.authenticate}, {@code api GET /api/qbwc/status}, …
 */
public record AuditEvent(Instant at, String actor, String sourceAddress, String action, AuditOutcome outcome,
                         String detail) {
    public static final int MAX_ACTOR = 100;
    public static final int MAX_SOURCE_ADDRESS = 45;
    public static final int MAX_ACTION = 50;
    public static final int MAX_DETAIL = 1000;

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        actor = actor == null || actor.isBlank() ? "anonymous" : BoundedText.cap(actor, MAX_ACTOR);
        sourceAddress = sourceAddress == null ? "" : BoundedText.cap(sourceAddress, MAX_SOURCE_ADDRESS);
        action = BoundedText.cap(action, MAX_ACTION);
        detail = detail == null ? "" : BoundedText.cap(detail, MAX_DETAIL);
    }
}
