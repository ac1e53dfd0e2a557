package dev.qbrsync.app;

import dev.qbrsync.persistence.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The periodic jobs of a running server. Every instance looks at each job every {@link #TICK}; the job's lease lets
 * one instance at a time run it, and only once it is due, so N instances run each job as often as one would.
 */
final class PeriodicJobs implements AutoCloseable {
    static final Duration TICK = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJobs.class);

    /**
     * @param interval how long after its last run, by any instance, the job is due again
     * @param work     does the job and says what it did, for the log ({@code ""}: nothing worth a line)
     */
    record Job(String name, Duration interval, Supplier<String> work) {
    }

    private final JobLease lease;
    private final List<Job> jobs;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "qbr-sync-jobs");
        thread.setDaemon(true);
        return thread;
    });

    PeriodicJobs(JobLease lease, List<Job> jobs) {
        this.lease = lease;
        this.jobs = List.copyOf(jobs);
    }

    void start() {
        scheduler.scheduleWithFixedDelay(this::runDueJobs, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs each job that no other instance is running and that is due. */
    void runDueJobs() {
        for (Job job : jobs) {
            try {
                lease.runIfDue(job.name(), job.interval(), () -> {
                    String done = job.work().get();
                    if (!done.isEmpty()) {
                        LOG.info(done);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Job {} failed; it runs again at a later check: {}", job.name(), e.getMessage());
            }
        }
    }

    /** No job starts after this; one that is running gets a few seconds to finish. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
