package dev.qbrsync.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the calls of strangers (callers who proved nothing: no password, ticket, token or session of ours) per source
 * address, kind of call, outcome and minute, so that strangers cannot grow the audit log at the rate they can send:
 * the first {@value #AUDITED_IN_FULL} of a minute are audited in full (so the reasons can be read), the rest only
 * counted, and once the minute is over their count becomes one summary entry. At most {@value #MAX_KEYS} addresses are
 * counted separately in a minute; beyond that they share one count under {@value #OTHER_ADDRESSES}.
 */
public final class StrangerSummaries {
    static final int MAX_KEYS = 10_000;
    public static final int AUDITED_IN_FULL = 5;
    static final String OTHER_ADDRESSES = "other addresses";

    private record Key(String sourceAddress, String kind, AuditOutcome outcome) {
    }

    private Instant minute = Instant.EPOCH;
    private final Map<Key, Integer> counts = new HashMap<>();
    /** Of those, the failed attempts (a wrong password or token), which count toward an address's limit. */
    private final Map<Key, Integer> failures = new HashMap<>();

    /**
     * Counts one call; true when it is among the first of its address, kind and outcome this minute (to be audited in
     * full). Returns, through {@code ended}, the summaries of the minute that just ended, if this call starts a new one.
     */
    synchronized boolean count(String sourceAddress, String kind, AuditOutcome outcome, boolean failure, Instant at,
                               List<AuditEvent> ended) {
        endMinuteIfOver(at, ended);
        Key own = new Key(sourceAddress, kind, outcome);
        Key key = counts.size() >= MAX_KEYS && !counts.containsKey(own) ? new Key(OTHER_ADDRESSES, kind, outcome) : own;
        if (failure) {
            failures.merge(new Key(key.sourceAddress(), kind, null), 1, Integer::sum);
        }
        return counts.merge(key, 1, Integer::sum) <= AUDITED_IN_FULL && !key.sourceAddress().equals(OTHER_ADDRESSES);
    }

    /** How many failed attempts of this kind this address had in the current minute. */
    synchronized int failuresThisMinute(String sourceAddress, String kind, Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES).equals(minute)
                ? failures.getOrDefault(new Key(sourceAddress, kind, null), 0) : 0;
    }

    /** The summaries of a minute that is over by {@code at}; none while it lasts. */
    synchronized List<AuditEvent> endedBy(Instant at) {
        List<AuditEvent> ended = new ArrayList<>();
        endMinuteIfOver(at, ended);
        return ended;
    }

    private void endMinuteIfOver(Instant at, List<AuditEvent> ended) {
        Instant current = at.truncatedTo(ChronoUnit.MINUTES);
        if (current.equals(minute)) {
            return;
        }
        counts.forEach((key, count) -> {
            int unaudited = key.sourceAddress().equals(OTHER_ADDRESSES) ? count : count - AUDITED_IN_FULL;
            if (unaudited > 0) {
                ended.add(new AuditEvent(minute.plus(1, ChronoUnit.MINUTES), null, key.sourceAddress(), key.kind(),
                        key.outcome(), unaudited + " more " + calls(key.outcome()) + " of " + key.kind()
                        + " in the minute from " + minute + " (only counted; the first " + AUDITED_IN_FULL
                        + " were audited in full)"));
            }
        });
        counts.clear();
        failures.clear();
        minute = current;
    }

    private static String calls(AuditOutcome outcome) {
        return switch (outcome) {
            case DENIED -> "refusals";
            case FAILURE -> "failed calls";
            case SUCCESS -> "answered calls";
        };
    }
}
