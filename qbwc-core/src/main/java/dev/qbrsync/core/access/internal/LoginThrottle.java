package dev.qbrsync.core.access.internal;

import dev.qbrsync.core.access.LoginFailures;
import dev.qbrsync.core.session.Ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing without letting anyone lock out the rightful Web Connector. Failures are counted per
 * (user name, source address): the first {@value #FREE_FAILURES} cost nothing, then each further attempt from that
 * address for that user must wait twice as long as the one before ({@link #FIRST_DELAY} doubling up to
 * {@link #MAX_DELAY}). An attempt refused while waiting is not counted, so a client retrying on a schedule does not
 * extend its own wait, and failures from one address never slow down another. A right password clears the count;
 * counts are forgotten {@link #FORGET_AFTER} after their last failure. Keys are a hash of the (capped) user name and
 * the address, so a key's size does not depend on what a caller sends.
 */
public final class LoginThrottle {
    public static final int FREE_FAILURES = 3;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int USER_NAME_CHARACTERS_KEPT = 200;

    private final LoginFailures failures;
    private final Clock clock;

    public LoginThrottle(LoginFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long this user name must still wait at this address before its password is checked; empty when it may try. */
    public Optional<Duration> waitBeforeNextAttempt(String userName, String sourceAddress) {
        Instant now = clock.instant();
        return failures.find(key(userName, sourceAddress))
                .filter(count -> !count.lastFailureAt().isBefore(now.minus(FORGET_AFTER)))
                .map(count -> Duration.between(now, count.lastFailureAt().plus(delayAfter(count.failures()))))
                .filter(wait -> wait.compareTo(Duration.ZERO) > 0);
    }

    public void recordFailure(String userName, String sourceAddress) {
        Instant now = clock.instant();
        failures.recordFailure(key(userName, sourceAddress), now, now.minus(FORGET_AFTER));
    }

    public void recordSuccess(String userName, String sourceAddress) {
        failures.clear(key(userName, sourceAddress));
    }

    /** The wait imposed after this many failures in a row. */
    static Duration delayAfter(int failureCount) {
        if (failureCount < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - FREE_FAILURES, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    static String key(String userName, String sourceAddress) {
        String user = userName == null ? "" : userName;
        if (user.length() > USER_NAME_CHARACTERS_KEPT) {
            user = user.substring(0, USER_NAME_CHARACTERS_KEPT);
        }
        return Ticket.sha256Hex(user.toLowerCase(Locale.ROOT) + '\u0000' + (sourceAddress == null ? "" : sourceAddress));
    }
}
