package dev.qbrsync.core.access;

import dev.qbrsync.core.access.internal.LoginThrottle;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed Web Connector logins per throttle key (a hash of user name and source address), for {@link LoginThrottle}.
 * Implementations keep a bounded amount: entries older than the forget time may be dropped at any moment.
 */
public interface LoginFailures {

    /** Failures counted for a key and when the last one happened. */
    record Count(int failures, Instant lastFailureAt) {
    }

    Optional<Count> find(String key);

    /**
     * Counts one more failure for the key at {@code at}; a count whose last failure is before {@code forgetBefore}
     * starts again at one.
     */
    void recordFailure(String key, Instant at, Instant forgetBefore);

    /** Forgets the key's failures (its password was just right). */
    void clear(String key);
}
