package dev.qbrsync.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes audit events stamped with the clock's time. Refusals of unauthenticated callers go through
 * {@link #recordRefusal}, which audits the first few of each address, kind and minute in full and the rest as one
 * summary entry once the minute is over (written with the next entry this auditor writes).
 */
public final class Auditor {
    private final AuditLog log;
    private final Clock clock;
    private final RefusalSummaries refusals = new RefusalSummaries();

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Appends the event and notes its outcome on the caller. */
    public void record(Caller caller, String actor, String action, AuditOutcome outcome, String detail) {
        caller.noteOutcome(outcome);
        Instant now = clock.instant();
        refusals.endedBy(now).forEach(log::append);
        log.append(new AuditEvent(now, actor, caller.sourceAddress(), action, outcome, detail));
    }

    /**
     * A refusal of a caller who proved nothing (wrong password, unknown token, throttled, busy): audited in full when
     * it is among the first {@value RefusalSummaries#AUDITED_IN_FULL} of its address and {@code action} this minute,
     * else only counted for the minute's summary.
     *
     * @param failure a failed attempt (a wrong password or token), which counts toward {@link #failuresThisMinute};
     *                not one the server turned away unheard (busy)
     */
    public void recordRefusal(Caller caller, String actor, String action, boolean failure, String detail) {
        caller.noteOutcome(AuditOutcome.DENIED);
        Instant now = clock.instant();
        List<AuditEvent> ended = new ArrayList<>();
        boolean first = refusals.count(caller.sourceAddress(), action, failure, now, ended);
        ended.forEach(log::append);
        if (first) {
            log.append(new AuditEvent(now, actor, caller.sourceAddress(), action, AuditOutcome.DENIED, detail));
        }
    }

    /** How many failed attempts of {@code action} this caller's address had in the current minute. */
    public int failuresThisMinute(Caller caller, String action) {
        return refusals.failuresThisMinute(caller.sourceAddress(), action, clock.instant());
    }
}
