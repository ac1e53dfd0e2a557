package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.job.RecordingJob;
import dev.qbrsync.core.job.internal.Jobs;
import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.memory.DirectTransactions;
import dev.qbrsync.core.memory.InMemoryMappingRepository;
import dev.qbrsync.core.memory.InMemoryMetricsRepository;
import dev.qbrsync.core.memory.InMemorySyncHistory;
import dev.qbrsync.core.memory.InMemorySyncLedger;
import dev.qbrsync.core.metrics.internal.MetricsPipeline;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.plan.internal.SyncPlanner;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.core.testing.ScriptedQuickBooks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The built-in P&L and employee syncs are jobs on the one pipeline, beside the registered ones. */
class SessionJobsTest {
    private static final CompanyId COMPANY = CompanyId.of("acme");
    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final InMemorySyncLedger ledger = new InMemorySyncLedger();

    private SessionJobs sessionJobs(SyncPolicy policy, RecordingJob... registered) {
        SyncHistory history = new InMemorySyncHistory();
        Jobs jobs = new Jobs(List.of(registered));
        ScriptedQuickBooks quickBooks = new ScriptedQuickBooks();
        return new SessionJobs(quickBooks, new InMemoryMappingRepository(DefaultRules.all()),
                new InMemoryMetricsRepository(clock), history, ledger, new DirectTransactions(),
                new SyncPlanner(policy, clock), new MetricsPipeline(), clock, jobs,
                new JobRoundTrips(jobs, quickBooks, new DirectTransactions(), history, clock, Duration.ofMinutes(30)));
    }

    @Test
    void theBuiltInSyncsAreJobsAndNeitherIterates() {
        SessionJobs jobs = sessionJobs(SyncPolicy.DEFAULT, RecordingJob.customers());

        assertThat(jobs.of(new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 2))).name())
                .isEqualTo(Jobs.PROFIT_AND_LOSS);
        assertThat(jobs.of(new SyncTask.EmployeeList()).name()).isEqualTo(Jobs.EMPLOYEES);
        assertThat(jobs.of(SyncTask.Job.start("customers")).name()).isEqualTo("customers");
        assertThat(jobs.named(Jobs.PROFIT_AND_LOSS).iterates()).isFalse();
        assertThat(jobs.named(Jobs.EMPLOYEES).iterates()).as("EmployeeQueryRq has no iterator in any qbXML version")
                .isFalse();
        assertThat(jobs.named("customers").iterates()).isTrue();
    }

    @Test
    void withoutAMonthLimitEveryDueRequestOfEveryJobIsOneRoundTrip() {
        SessionJobs jobs = sessionJobs(SyncPolicy.DEFAULT.withWindowMonths(2), RecordingJob.customers());

        assertThat(jobs.plan(COMPANY, clock.instant()).rounds()).containsExactly(List.of(
                new SyncTask.ProfitAndLoss(YearMonth.of(2025, 12), YearMonth.of(2026, 2)), new SyncTask.EmployeeList(),
                SyncTask.Job.start("customers")));
    }

    @Test
    void everyJobsFirstRoundTripGoesOutAsOneAndTheMonthLimitStillSplitsTheReports() {
        SessionJobs jobs = sessionJobs(new SyncPolicy(2, 45, Duration.ofHours(24), Duration.ofHours(24), 1),
                RecordingJob.customers());

        SyncPlan plan = jobs.plan(COMPANY, clock.instant());

        assertThat(plan.rounds()).containsExactly(
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2025, 12), YearMonth.of(2025, 12)),
                        new SyncTask.EmployeeList(), SyncTask.Job.start("customers")),
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 1))),
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2026, 2), YearMonth.of(2026, 2))));
    }

    @Test
    void aJobThatIsNotDueAsksNothing() {
        SessionJobs jobs = sessionJobs(SyncPolicy.DEFAULT.withWindowMonths(0));
        ledger.markMonthsSynced(COMPANY, List.of(YearMonth.of(2026, 2)), clock.instant());

        assertThat(jobs.plan(COMPANY, clock.instant()).rounds()).containsExactly(List.of(new SyncTask.EmployeeList()));

        ledger.markEmployeesSynced(COMPANY, clock.instant());
        assertThat(jobs.plan(COMPANY, clock.instant()).isEmpty()).isTrue();
    }

    @Test
    void aRegisteredJobCannotTakeABuiltInJobsName() {
        JobRequest employees = new JobRequest("EmployeeQueryRq", "", false);

        assertThatThrownBy(() -> new Jobs(List.of(new RecordingJob(Jobs.EMPLOYEES, employees))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("built-in job");
    }
}
