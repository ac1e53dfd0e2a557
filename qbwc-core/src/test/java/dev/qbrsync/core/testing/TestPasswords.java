package dev.qbrsync.core.testing;

import dev.qbrsync.core.company.PasswordHasher;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A password "hash" that is the password itself, for tests only. A check can be made to take as long as bcrypt does,
 * and the most checks ever running at once is recorded.
 */
public final class TestPasswords implements PasswordHasher {
    private static final String PREFIX = "plain:";
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostRunning = new AtomicInteger();
    private volatile Duration checkTime = Duration.ZERO;

    /** Every check takes this long, as a bcrypt check does. */
    public TestPasswords slowedBy(Duration time) {
        this.checkTime = time;
        return this;
    }

    /** The most checks that ever ran at the same time. */
    public int mostConcurrentChecks() {
        return mostRunning.get();
    }

    @Override
    public String hash(char[] password) {
        return PREFIX + new String(password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(checkTime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
        return hash.equals(PREFIX + new String(password));
    }
}
