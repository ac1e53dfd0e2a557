package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.job.internal.Jobs;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A job an embedder registered, on the session's pipeline: one request in the session's first round trip when it is
 * due, then one round trip per further page of its iteration; its answers go through the {@link JobRoundTrips}.
 */
public final class RegisteredJob implements SessionJob {
    private final String name;
    private final Jobs jobs;
    private final JobRoundTrips exchange;

    RegisteredJob(String name, Jobs jobs, JobRoundTrips exchange) {
        this.name = name;
        this.jobs = jobs;
        this.exchange = exchange;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean asks(SyncTask task) {
        return task instanceof SyncTask.Job job && job.name().equals(name);
    }

    /** It may: a request the job marks paged is followed page by page. */
    @Override
    public boolean iterates() {
        return true;
    }

    @Override
    public SyncPlan due(CompanyId companyId, Instant now) {
        return jobs.isDue(name, companyId, now) ? new SyncPlan(List.of(List.of(SyncTask.Job.start(name))))
                : SyncPlan.empty();
    }

    @Override
    public Optional<JobRequest> query(WebConnectorSession session, SyncTask task, QbxmlTarget target) {
        return Optional.of(exchange.query(session, (SyncTask.Job) task, target));
    }

    @Override
    public Optional<SyncTask> receive(WebConnectorSession session, SyncTask task, String raw) {
        return exchange.receive(session, (SyncTask.Job) task, raw).map(SyncTask.class::cast);
    }

    @Override
    public void recordFailure(WebConnectorSession session, SyncTask task, String raw, String error) {
        exchange.recordFailure(session, (SyncTask.Job) task, raw, error);
    }
}
