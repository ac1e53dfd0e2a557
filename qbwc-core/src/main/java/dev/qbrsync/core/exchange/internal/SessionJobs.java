package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.job.internal.Jobs;
import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.internal.Headcount;
import dev.qbrsync.core.metrics.internal.MetricsPipeline;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.plan.internal.SyncPlanner;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every job a session runs, in order: the built-in Profit & Loss and employee syncs, then the registered jobs. Their
 * due requests make the session's plan (their first round trips go out as one qbXML message), and each answer goes
 * to the job that asked for it.
 */
public final class SessionJobs {
    private final List<SessionJob> jobs = new ArrayList<>();
    private final Jobs registered;
    private final JobRoundTrips exchange;

    public SessionJobs(QuickBooksMessages messages, MappingRepository mappings, MetricsRepository metrics,
                       SyncHistory history, SyncLedger ledger, Transactions transactions, SyncPlanner planner,
                       MetricsPipeline pipeline, Clock clock, Jobs registered, JobRoundTrips exchange) {
        BuiltInAnswers answers = new BuiltInAnswers(messages, metrics, history, transactions, clock);
        this.registered = registered;
        this.exchange = exchange;
        jobs.add(new ProfitAndLossJob(answers, mappings, metrics, history, ledger, planner, pipeline, clock));
        jobs.add(new EmployeeListJob(answers, metrics, history, ledger, planner, new Headcount(), clock));
        registered.names().forEach(name -> jobs.add(new RegisteredJob(name, registered, exchange)));
    }

    /** What the company's session starting {@code now} asks for: every due request of every job. */
    SyncPlan plan(CompanyId companyId, Instant now) {
        SyncPlan plan = SyncPlan.empty();
        for (SessionJob job : jobs) {
            plan = plan.beside(job.due(companyId, now));
        }
        return plan;
    }

    /** The queries of a round's requests that jobs write themselves, by job name, and why any cannot be sent. */
    record Prepared(Map<String, JobRequest> queries, Map<SyncTask, String> refusals) {
    }

    /** Every job of the round writes its query for the session's qbXML; one that cannot is refused by name. */
    Prepared prepare(WebConnectorSession session, List<SyncTask> round, QbxmlTarget target) {
        Map<String, JobRequest> queries = new LinkedHashMap<>();
        Map<SyncTask, String> refusals = new LinkedHashMap<>();
        for (SyncTask task : round) {
            SessionJob job = of(task);
            try {
                job.query(session, task, target).ifPresent(query -> queries.put(job.name(), query));
            } catch (NotStoredException e) {
                refusals.put(task, e.getMessage());
            }
        }
        return new Prepared(queries, refusals);
    }

    /** The job that asked for {@code task}; a job no longer registered still records its failure. */
    SessionJob of(SyncTask task) {
        return jobs.stream().filter(job -> job.asks(task)).findFirst().orElseGet(() -> {
            if (task instanceof SyncTask.Job job) {
                return new RegisteredJob(job.name(), registered, exchange);
            }
            throw new IllegalStateException("No job asks for " + task.encode());
        });
    }

    /** The job of that name, for tests and the documentation of what each job declares. */
    SessionJob named(String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No job is named '" + name + "'"));
    }
}
