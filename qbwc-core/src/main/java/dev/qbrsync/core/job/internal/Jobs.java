package dev.qbrsync.core.job.internal;

import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.plan.SyncTask;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jobs an embedder registered, by name, in the order they were registered. */
public final class Jobs {
    private final Map<String, QuickBooksJob> byName = new LinkedHashMap<>();

    public Jobs(List<? extends QuickBooksJob> jobs) {
        for (QuickBooksJob job : jobs) {
            String name = SyncTask.Job.requireName(job.name());
            if (byName.putIfAbsent(name, job) != null) {
                throw new IllegalArgumentException("Two jobs are named '" + name + "'; a job's name must be unique.");
            }
        }
    }

    public static Jobs none() {
        return new Jobs(List.of());
    }

    public Optional<QuickBooksJob> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The first request of every job due for the company. A job whose due check throws is left out this time (the
     * session still runs the others).
     */
    public List<SyncTask.Job> dueFor(String companyId, Instant now) {
        return byName.values().stream().filter(job -> isDue(job, companyId, now))
                .map(job -> SyncTask.Job.start(job.name())).toList();
    }

    private static boolean isDue(QuickBooksJob job, String companyId, Instant now) {
        try {
            return job.isDue(companyId, now);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
