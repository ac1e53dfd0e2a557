package dev.qbrsync.core.access.internal;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many password checks each source address and each user name has waiting or running, so that, once the queue is
 * contended, neither can hold more than its share of it. A name or address with nothing in flight takes no memory.
 */
final class FairShares {
    private final int maxPerKey;
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    FairShares(int maxPerKey) {
        this.maxPerKey = maxPerKey;
    }

    /**
     * Takes a share for this address and user name; false (and nothing taken) when the queue is {@code contended} and
     * either already has all of its own.
     */
    boolean take(String userName, String sourceAddress, boolean contended) {
        int limit = contended ? maxPerKey : Integer.MAX_VALUE;
        if (!increment(addressKey(sourceAddress), limit)) {
            return false;
        }
        if (!increment(userKey(userName), limit)) {
            release(addressKey(sourceAddress));
            return false;
        }
        return true;
    }

    void giveBack(String userName, String sourceAddress) {
        release(userKey(userName));
        release(addressKey(sourceAddress));
    }

    int maxPerKey() {
        return maxPerKey;
    }

    private boolean increment(String key, int limit) {
        boolean[] taken = {false};
        inFlight.compute(key, (k, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < limit;
            return taken[0] ? now + 1 : now;
        });
        return taken[0];
    }

    private void release(String key) {
        inFlight.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
    }

    private static String addressKey(String sourceAddress) {
        return "a\u0000" + (sourceAddress == null ? "" : sourceAddress);
    }

    private static String userKey(String userName) {
        String user = userName == null ? "" : userName.toLowerCase(Locale.ROOT);
        return "u\u0000" + (user.length() > LoginThrottle.USER_NAME_CHARACTERS_KEPT
                ? user.substring(0, LoginThrottle.USER_NAME_CHARACTERS_KEPT) : user);
    }
}
