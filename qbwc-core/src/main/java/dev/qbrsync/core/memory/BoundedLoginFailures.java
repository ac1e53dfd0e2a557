package dev.qbrsync.core.memory;

import dev.qbrsync.core.access.LoginFailures;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Login failures in this process's memory, for a single instance: at most {@code capacity} keys (the ones idle
 * longest go first) and none kept past the forget time, so nobody can grow it by sending new user names.
 */
public final class BoundedLoginFailures implements LoginFailures {
    public static final int DEFAULT_CAPACITY = 50_000;

    private final int capacity;
    private final LinkedHashMap<String, Count> counts = new LinkedHashMap<>(16, 0.75f, true);

    public BoundedLoginFailures(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public BoundedLoginFailures() {
        this(DEFAULT_CAPACITY);
    }

    @Override
    public synchronized Optional<Count> find(String key) {
        return Optional.ofNullable(counts.get(key));
    }

    @Override
    public synchronized void recordFailure(String key, Instant at, Instant forgetBefore) {
        forgetOlderThan(forgetBefore);
        Count previous = counts.get(key);
        int failures = previous == null || previous.lastFailureAt().isBefore(forgetBefore) ? 1
                : previous.failures() + 1;
        counts.put(key, new Count(failures, at));
        while (counts.size() > capacity) {
            Iterator<String> idlest = counts.keySet().iterator();
            idlest.next();
            idlest.remove();
        }
    }

    @Override
    public synchronized void clear(String key) {
        counts.remove(key);
    }

    /** How many keys are held, for tests of the bound. */
    public synchronized int size() {
        return counts.size();
    }

    private void forgetOlderThan(Instant cutoff) {
        counts.values().removeIf(count -> count.lastFailureAt().isBefore(cutoff));
    }
}
