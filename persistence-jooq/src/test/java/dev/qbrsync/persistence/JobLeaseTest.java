package dev.qbrsync.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two instances' leases on one database: a job runs in one at a time, and not again before it is due. */
class JobLeaseTest {
    private static final Database DATABASE = EmbeddedPostgresDatabases.freshDatabase();
    private static final Duration DAILY = Duration.ofDays(1);

    private final JobLease first = new JobLease(DATABASE, UUID.randomUUID());
    private final JobLease second = new JobLease(DATABASE, UUID.randomUUID());
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    private static String job() {
        return "job-" + UUID.randomUUID();
    }

    @Test
    void whileOneInstanceRunsAJobTheOtherDoesNotAndAfterwardsItIsNotDue() throws Exception {
        String job = job();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Future<Boolean> firstRun = threads.submit(() -> first.runIfDue(job, DAILY, () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        boolean secondRanMeanwhile = second.runIfDue(job, Duration.ZERO, runs::incrementAndGet);
        release.countDown();

        assertThat(secondRanMeanwhile).isFalse();
        assertThat(firstRun.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.runIfDue(job, DAILY, runs::incrementAndGet)).as("ran less than a day ago").isFalse();
        assertThat(runs).hasValue(1);
        assertThat(second.runIfDue(job, Duration.ZERO, runs::incrementAndGet)).as("due again").isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aRunThatFailedIsDueAgainAndLeavesTheLeaseFree() {
        String job = job();
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> first.runIfDue(job, DAILY, () -> {
            throw new IllegalStateException("the database went away");
        })).hasMessageContaining("went away");

        assertThat(second.runIfDue(job, DAILY, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
