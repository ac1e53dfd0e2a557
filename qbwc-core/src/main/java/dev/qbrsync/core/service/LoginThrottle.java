package dev.qbrsync.core.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows password guessing: after {@code maxFailures} failed logins for one user name, or from one source address,
 * within {@code window}, further attempts for it are refused until the oldest failure leaves the window. Kept in
 * memory: a restart forgets, which only ever helps the rightful user.
 */
final class LoginThrottle {
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByKey = new HashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    synchronized boolean isLocked(String userName, String sourceAddress) {
        return recentFailures(userKey(userName)) >= maxFailures || recentFailures(addressKey(sourceAddress)) >= maxFailures;
    }

    synchronized void recordFailure(String userName, String sourceAddress) {
        Instant now = clock.instant();
        failuresByKey.computeIfAbsent(userKey(userName), key -> new ArrayDeque<>()).addLast(now);
        failuresByKey.computeIfAbsent(addressKey(sourceAddress), key -> new ArrayDeque<>()).addLast(now);
    }

    private int recentFailures(String key) {
        Deque<Instant> failures = failuresByKey.get(key);
        if (failures == null) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(window);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(cutoff)) {
            failures.removeFirst();
        }
        if (failures.isEmpty()) {
            failuresByKey.remove(key);
            return 0;
        }
        return failures.size();
    }

    private static String userKey(String userName) {
        return "user:" + (userName == null ? "" : userName.toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String sourceAddress) {
        return "address:" + sourceAddress;
    }
}
