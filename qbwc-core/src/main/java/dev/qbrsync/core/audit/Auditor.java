package dev.qbrsync.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes audit events stamped with the clock's time. Calls of strangers (callers who proved nothing) go through
 * {@link #recordRefusal} or {@link #recordStranger}, which audit the first few of each address, kind and minute in full
 * and the rest as one summary entry once the minute is over (written with the next entry this auditor writes).
 */
public final class Auditor {
    private final AuditLog log;
    private final Clock clock;
    private final StrangerSummaries strangers = new StrangerSummaries();

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Appends the event and notes its outcome on the caller. */
    public void record(Caller caller, String actor, String action, AuditOutcome outcome, String detail) {
        caller.noteOutcome(outcome);
        Instant now = clock.instant();
        strangers.endedBy(now).forEach(log::append);
        log.append(new AuditEvent(now, actor, caller.sourceAddress(), action, outcome, detail));
    }

    /**
     * A refusal of a caller who proved nothing (wrong password, unknown token or ticket, throttled, busy): audited in
     * full when it is among the first {@value StrangerSummaries#AUDITED_IN_FULL} of its address and {@code action}
     * this minute, else only counted for the minute's summary.
     *
     * @param failure a failed attempt (a wrong password or token), which counts toward {@link #failuresThisMinute};
     *                not one the server turned away unheard (busy)
     */
    public void recordRefusal(Caller caller, String actor, String action, boolean failure, String detail) {
        recordCounted(caller, actor, action, AuditOutcome.DENIED, failure, detail);
    }

    /**
     * A call anyone may make without proving anything (the Web Connector's version calls), audited like a stranger's
     * refusal: in full for the first few of its address, action and outcome this minute, then as a summary.
     */
    public void recordStranger(Caller caller, String action, AuditOutcome outcome, String detail) {
        recordCounted(caller, null, action, outcome, false, detail);
    }

    /** How many failed attempts of {@code action} this caller's address had in the current minute. */
    public int failuresThisMinute(Caller caller, String action) {
        return strangers.failuresThisMinute(caller.sourceAddress(), action, clock.instant());
    }

    /**
     * Whether this caller's address had {@code limit} failed attempts of {@code action} this minute, after which it is
     * not heard again before the next; when true, this attempt is counted as one more refusal.
     *
     * @param calls what is refused, in the plural, for the audit entry ("sign-ins")
     */
    public boolean refusedTooOften(Caller caller, String action, int limit, String calls) {
        if (failuresThisMinute(caller, action) < limit) {
            return false;
        }
        recordRefusal(caller, null, action, false, "refused without being checked: " + limit + " " + calls
                + " from this address were refused this minute");
        return true;
    }

    private void recordCounted(Caller caller, String actor, String action, AuditOutcome outcome, boolean failure,
                               String detail) {
        caller.noteOutcome(outcome);
        Instant now = clock.instant();
        List<AuditEvent> ended = new ArrayList<>();
        boolean first = strangers.count(caller.sourceAddress(), action, outcome, failure, now, ended);
        ended.forEach(log::append);
        if (first) {
            log.append(new AuditEvent(now, actor, caller.sourceAddress(), action, outcome, detail));
        }
    }
}
