package dev.qbrsync.core.audit;

import java.time.Clock;

/** Writes audit events stamped with the clock's time. */
public final class Auditor {
    private final AuditLog log;
    private final Clock clock;

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Appends the event and notes its outcome on the caller. */
    public void record(Caller caller, String actor, String action, AuditOutcome outcome, String detail) {
        caller.noteOutcome(outcome);
        log.append(new AuditEvent(clock.instant(), actor, caller.sourceAddress(), action, outcome, detail));
    }
}
