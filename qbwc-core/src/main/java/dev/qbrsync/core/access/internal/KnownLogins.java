package dev.qbrsync.core.access.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user names and addresses that have logged in successfully (as hashes, see {@link LoginThrottle#key}), the most
 * recent {@value #MAX_KEPT} of them, so that a Web Connector that logged in before keeps a way in while strangers
 * flood the password checks. Kept in memory: after a restart a pair is known again after its first login.
 */
final class KnownLogins {
    static final int MAX_KEPT = 10_000;

    private final Map<String, Boolean> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_KEPT;
        }
    };

    synchronized boolean knows(String userName, String sourceAddress) {
        return recent.containsKey(LoginThrottle.key(userName, sourceAddress));
    }

    synchronized void remember(String userName, String sourceAddress) {
        recent.put(LoginThrottle.key(userName, sourceAddress), Boolean.TRUE);
    }
}
