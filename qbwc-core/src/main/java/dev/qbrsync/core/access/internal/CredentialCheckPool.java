package dev.qbrsync.core.access.internal;

import dev.qbrsync.core.qbr.CompanyId;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs password checks (bcrypt, deliberately slow) on a few threads with a short queue, so logins, which anyone can
 * send, never take more CPU than those threads and never starve the calls of a running sync. When the queue is full
 * the check is not run at all and the caller is told the server is busy. The queue is shared fairly: once it is half
 * full, a source address or a user name that already has an eighth of it waiting gets no more; and a user name that logged in successfully from
 * an address before is checked from there on a lane of its own (one thread), so a flood of strangers from however
 * many addresses cannot lock the real Web Connector out.
 */
public final class CredentialCheckPool implements AutoCloseable {
    public static final int DEFAULT_QUEUE = 32;
    static final int KNOWN_LANE_QUEUE = 8;

    private final CredentialVerifier verifier;
    private final ThreadPoolExecutor strangers;
    private final ThreadPoolExecutor known;
    private final FairShares shares;
    private final int queueCapacity;
    private final KnownLogins knownLogins = new KnownLogins();

    /** What a check came to. */
    public sealed interface Outcome {
        record Accepted(CompanyId companyId) implements Outcome {
        }

        record Rejected() implements Outcome {
        }

        /** The password is right, but the company refuses logins. */
        record Disabled(CompanyId companyId) implements Outcome {
        }

        /** Too many checks are waiting; this one was not run. */
        record Overloaded() implements Outcome {
        }

        /** This address or user name already has its share of checks waiting; this one was not run. */
        record OverShare(int share) implements Outcome {
        }
    }

    public CredentialCheckPool(CredentialVerifier verifier, int threads, int queueCapacity) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("A credential check pool needs at least one thread and one queue slot");
        }
        this.verifier = verifier;
        this.strangers = executor("credential-check-", threads, queueCapacity);
        this.known = executor("credential-check-known-", 1, KNOWN_LANE_QUEUE);
        this.shares = new FairShares(Math.max(1, queueCapacity / 8));
        this.queueCapacity = queueCapacity;
    }

    /** A pool with one thread per two cores (at least one) and the default queue. */
    public static CredentialCheckPool sizedForThisMachine(CredentialVerifier verifier) {
        return new CredentialCheckPool(verifier, Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                DEFAULT_QUEUE);
    }

    /** Whether this user name logged in successfully from this address before (since this process started). */
    public boolean knows(String userName, String sourceAddress) {
        return knownLogins.knows(userName, sourceAddress);
    }

    /** Checks the password on the pool and waits for the answer; the caller keeps ownership of {@code password}. */
    public Outcome check(String userName, String sourceAddress, char[] password) {
        if (knows(userName, sourceAddress)) {
            return run(known, userName, sourceAddress, password);
        }
        boolean contended = strangers.getQueue().size() >= queueCapacity / 2;
        if (!shares.take(userName, sourceAddress, contended)) {
            return new Outcome.OverShare(shares.maxPerKey());
        }
        try {
            return run(strangers, userName, sourceAddress, password);
        } finally {
            shares.giveBack(userName, sourceAddress);
        }
    }

    private Outcome run(ThreadPoolExecutor lane, String userName, String sourceAddress, char[] password) {
        Future<CredentialVerifier.Verdict> pending;
        try {
            pending = lane.submit(() -> verifier.verify(userName, password));
        } catch (RejectedExecutionException e) {
            return new Outcome.Overloaded();
        }
        try {
            CredentialVerifier.Verdict verdict = pending.get();
            if (verdict instanceof CredentialVerifier.Verdict.Accepted accepted) {
                knownLogins.remember(userName, sourceAddress);
                return new Outcome.Accepted(accepted.companyId());
            }
            return verdict instanceof CredentialVerifier.Verdict.Disabled disabled
                    ? new Outcome.Disabled(disabled.companyId()) : new Outcome.Rejected();
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome.Overloaded();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("The password check failed", e.getCause());
        }
    }

    private static ThreadPoolExecutor executor(String threadPrefix, int threads, int queueCapacity) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), runnable -> {
                    Thread thread = new Thread(runnable, threadPrefix + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void close() {
        strangers.shutdownNow();
        known.shutdownNow();
    }
}
