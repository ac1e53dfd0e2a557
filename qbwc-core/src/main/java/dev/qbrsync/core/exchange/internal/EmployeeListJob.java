package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.job.internal.Jobs;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.internal.Headcount;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.plan.internal.SyncPlanner;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in job that asks for the employee list, active and inactive, and stores the monthly headcount of the
 * window. It does not iterate: EmployeeQueryRq has no {@code iterator} or {@code iteratorID} attribute in any qbXML
 * version (Intuit's 13.0 schema and the request templates of 2.0 to 14.0), so QuickBooks would reject one, and a
 * MaxReturned without an iterator would cut the list, and the headcount, short. The list comes whole in one answer.
 */
public final class EmployeeListJob extends BuiltInJob {
    private final MetricsRepository metrics;
    private final SyncHistory history;
    private final SyncLedger ledger;
    private final SyncPlanner planner;
    private final Headcount headcount;
    private final Clock clock;

    EmployeeListJob(BuiltInAnswers answers, MetricsRepository metrics, SyncHistory history, SyncLedger ledger,
                    SyncPlanner planner, Headcount headcount, Clock clock) {
        super(answers);
        this.metrics = metrics;
        this.history = history;
        this.ledger = ledger;
        this.planner = planner;
        this.headcount = headcount;
        this.clock = clock;
    }

    @Override
    public String name() {
        return Jobs.EMPLOYEES;
    }

    @Override
    public boolean asks(SyncTask task) {
        return task instanceof SyncTask.EmployeeList;
    }

    @Override
    public boolean iterates() {
        return false;
    }

    @Override
    public SyncPlan due(CompanyId companyId, Instant now) {
        return planner.employees(ledger.load(companyId));
    }

    @Override
    public Optional<SyncTask> receive(WebConnectorSession session, SyncTask task, String raw) {
        answers.receive(session, task, raw, response -> {
            if (!(response instanceof QuickBooksResponse.EmployeesReceived received)) {
                throw BuiltInAnswers.notAnAnswerTo(task, response);
            }
            answers.inTransaction(session, () -> storeRoster(session, raw, received.status(), received.roster()));
        });
        return Optional.empty();
    }

    private void storeRoster(WebConnectorSession session, String raw, QbxmlStatus status, EmployeeRoster roster) {
        Instant now = clock.instant();
        Headcount.Result counted = headcount.of(roster, planner.window(), LocalDate.now(clock));
        List<KeptValue> kept = metrics.storeQuickBooksFigures(session.companyId(), counted.metrics());
        metrics.removeQuickBooksFigures(session.companyId(), MetricKey.EMPLOYEES, counted.unknownMonths());
        boolean review = status.isWarning() || !counted.missingDates().isEmpty();
        history.record(HistoryEntries.entry(session, new SyncTask.EmployeeList(), raw, null, roster, List.of(),
                review ? SyncOutcome.WARNING : SyncOutcome.SUCCESS, rosterMessage(status, roster, counted, kept),
                now, StoredMessages.written(counted.metrics(), kept), kept));
        ledger.markEmployeesSynced(session.companyId(), now);
    }

    private static String rosterMessage(QbxmlStatus status, EmployeeRoster roster, Headcount.Result counted,
                                        List<KeptValue> kept) {
        String employees = roster.employees().size() + " employees, " + roster.activeCount() + " active";
        String unknown = counted.unknownMonths().isEmpty() ? "" : "no employee has a hire date, so no employee "
                + "count is stored for the " + counted.unknownMonths().size() + " past months";
        String missing = counted.missingDates().isEmpty() ? "" : "dates missing: " + counted.missingDates().stream()
                .limit(StoredMessages.MAX_NAMED).collect(Collectors.joining("; "))
                + StoredMessages.more(counted.missingDates().size());
        return Stream.of(employees, StoredMessages.warning(status), unknown, missing, StoredMessages.keptMessage(kept))
                .filter(text -> !text.isEmpty()).collect(Collectors.joining("; "));
    }
}
