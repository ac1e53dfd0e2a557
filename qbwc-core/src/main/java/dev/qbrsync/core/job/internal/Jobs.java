package dev.qbrsync.core.job.internal;

import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The jobs an embedder registered, by name, in the order they were registered. */
public final class Jobs {
    /** The built-in jobs' names: the Profit & Loss and the employee list of the QBR sync. */
    public static final String PROFIT_AND_LOSS = "profit-and-loss";
    public static final String EMPLOYEES = "employees";
    private static final Set<String> BUILT_IN = Set.of(PROFIT_AND_LOSS, EMPLOYEES);

    private final Map<String, QuickBooksJob> byName = new LinkedHashMap<>();

    public Jobs(List<? extends QuickBooksJob> jobs) {
        for (QuickBooksJob job : jobs) {
            String name = SyncTask.Job.requireName(job.name());
            if (BUILT_IN.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is the name of a built-in job; a job's name must "
                        + "be another.");
            }
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

    /** The names of the jobs, in the order they were registered. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * Whether the job of that name is due for the company. A job whose due check throws is left out this time (the
     * session still runs the others); a name no job has is never due.
     */
    public boolean isDue(String name, CompanyId companyId, Instant now) {
        QuickBooksJob job = byName.get(name);
        try {
            return job != null && job.isDue(companyId, now);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
