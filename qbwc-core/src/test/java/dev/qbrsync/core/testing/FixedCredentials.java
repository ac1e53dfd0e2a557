package dev.qbrsync.core.testing;

import dev.qbrsync.core.access.CredentialVerifier;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plain-text credentials for tests: user name → password and company. A check can be made to take as long as bcrypt
 * does, and the most checks ever running at once is recorded.
 */
public final class FixedCredentials implements CredentialVerifier {
    private record Account(char[] password, String companyId) {
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostRunning = new AtomicInteger();
    private volatile Duration checkTime = Duration.ZERO;

    public FixedCredentials with(String userName, String password, String companyId) {
        accounts.put(userName, new Account(password.toCharArray(), companyId));
        return this;
    }

    /** Every check takes this long, as a bcrypt check does. */
    public FixedCredentials slowedBy(Duration time) {
        this.checkTime = time;
        return this;
    }

    /** The most checks that ever ran at the same time. */
    public int mostConcurrentChecks() {
        return mostRunning.get();
    }

    @Override
    public Optional<String> companyFor(String userName, char[] password) {
        mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(checkTime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
        Account account = accounts.get(userName);
        return account != null && Arrays.equals(account.password(), password)
                ? Optional.of(account.companyId())
                : Optional.empty();
    }
}
