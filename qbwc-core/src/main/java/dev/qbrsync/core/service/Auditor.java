package dev.qbrsync.core.service;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.auth.Caller;
import dev.qbrsync.core.port.AuditLog;

import java.time.Clock;

/** Writes audit events stamped with the clock's time. */
final class Auditor {
    private final AuditLog log;
    private final Clock clock;

    Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(Caller caller, String actor, String action, AuditOutcome outcome, String detail) {
        log.append(new AuditEvent(clock.instant(), actor, caller.sourceAddress(), action, outcome, detail));
    }
}
