package dev.qbrsync.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One access to the service, successful or not. Never holds a secret: no password, full ticket or token.
 *
 * @param actor          who: a QBWC user name, an API token's name, or {@code anonymous}
 * @param sourceAddress  the caller's IP address
 * @param action         what: {@code qbwc.authenticate}, {@code api.mappings.create}, …
 */
public record AuditEvent(Instant at, String actor, String sourceAddress, String action, AuditOutcome outcome,
                         String detail) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        actor = actor == null || actor.isBlank() ? "anonymous" : actor;
        sourceAddress = sourceAddress == null ? "" : sourceAddress;
        detail = detail == null ? "" : detail;
    }
}
