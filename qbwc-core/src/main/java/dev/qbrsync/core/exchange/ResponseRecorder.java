package dev.qbrsync.core.exchange;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.internal.Headcount;
import dev.qbrsync.core.metrics.internal.MetricsPipeline;
import dev.qbrsync.core.metrics.internal.ReportFigures;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.plan.internal.SyncPlanner;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.internal.SubtotalCheck;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stores what one QuickBooks response means: its history entry, the metrics it changes, the ledger and the session's
 * progress, all in one transaction, so a failure part-way leaves every earlier figure as it was. Report figures are
 * computed before the transaction, so no lock is held while accounts are matched; inside it they are computed again
 * only if the rules changed meanwhile.
 */
public final class ResponseRecorder {
    private static final int MAX_NAMED = 20;

    private final MappingRepository mappings;
    private final MetricsRepository metrics;
    private final SyncHistory history;
    private final SyncLedger ledger;
    private final Transactions transactions;
    private final SyncPlanner planner;
    private final MetricsPipeline pipeline;
    private final Headcount headcount;
    private final SubtotalCheck subtotalCheck = new SubtotalCheck();
    private final Clock clock;

    public ResponseRecorder(MappingRepository mappings, MetricsRepository metrics, SyncHistory history,
                            SyncLedger ledger, Transactions transactions, SyncPlanner planner, MetricsPipeline pipeline,
                            Headcount headcount, Clock clock) {
        this.mappings = mappings;
        this.metrics = metrics;
        this.history = history;
        this.ledger = ledger;
        this.transactions = transactions;
        this.planner = planner;
        this.pipeline = pipeline;
        this.headcount = headcount;
        this.clock = clock;
    }

    /**
     * Stores one readable answer of a round trip in a transaction of its own, so the other answers of the round stand
     * or fall alone.
     *
     * @throws NotStoredException when the answer must not be stored (nothing of it is)
     */
    void store(WebConnectorSession session, SyncTask task, String raw, QuickBooksResponse response) {
        if (response instanceof QuickBooksResponse.ProfitAndLossReceived received
                && task instanceof SyncTask.ProfitAndLoss profitAndLoss) {
            List<MappingRule> rules = mappings.rulesFor(session.companyId());
            ReportFigures figures = pipeline.figures(received.report(), rules);
            requireAddsUp(profitAndLoss, figures);
            List<SubtotalCheck.Mismatch> mismatches = subtotalCheck.mismatches(received.report());
            inTransaction(session, () -> storeReport(session, profitAndLoss, raw, received.status(),
                    received.report(), rules, figures, mismatches));
            return;
        }
        if (response instanceof QuickBooksResponse.EmployeesReceived received) {
            inTransaction(session, () -> storeRoster(session, raw, received.status(), received.roster()));
            return;
        }
        throw new IllegalArgumentException("Not a stored answer to " + task.encode() + ": " + response);
    }

    /** Records, in the sync history, an answer that stored nothing and why. */
    void recordFailure(WebConnectorSession session, SyncTask task, String raw, String error) {
        history.record(HistoryEntries.failed(session, task, raw, error, clock.instant()));
    }

    private void inTransaction(WebConnectorSession session, Runnable store) {
        transactions.inTransaction(() -> {
            metrics.lockCompanyForWrite(session.companyId());
            store.run();
            return null;
        });
    }

    /**
     * Every account is mapped (a catch-all takes what no rule does), so the metrics add up to QuickBooks' own Net Income
     * exactly when the report was read right; when they do not, nothing of it may be stored.
     */
    private static void requireAddsUp(SyncTask.ProfitAndLoss task, ReportFigures figures) {
        if (!figures.balanced()) {
            throw new NotStoredException("QuickBooks' report for " + task.first() + " to " + task.last()
                    + " does not add up: " + unbalanced(figures) + ". Nothing was stored and the months stay due.");
        }
    }

    private void storeReport(WebConnectorSession session, SyncTask.ProfitAndLoss task, String raw, QbxmlStatus status,
                             ProfitAndLossReport report, List<MappingRule> rulesComputedWith, ReportFigures figures,
                             List<SubtotalCheck.Mismatch> mismatches) {
        List<MappingRule> rulesNow = mappings.rulesFor(session.companyId());
        ReportFigures current = rulesNow.equals(rulesComputedWith) ? figures : pipeline.figures(report, rulesNow);
        Instant now = clock.instant();
        List<KeptValue> kept = metrics.storeQuickBooksFigures(session.companyId(), current.metrics());
        boolean review = status.isWarning() || !mismatches.isEmpty();
        history.record(HistoryEntries.entry(session, task, raw, report, null, current.reconciliations(),
                review ? SyncOutcome.WARNING : SyncOutcome.SUCCESS, reportMessage(status, current, mismatches, kept),
                now, written(current.metrics(), kept), kept));
        ledger.markMonthsSynced(session.companyId(), task.months(), now);
    }

    private void storeRoster(WebConnectorSession session, String raw, QbxmlStatus status, EmployeeRoster roster) {
        Instant now = clock.instant();
        Headcount.Result headcount = this.headcount.of(roster, planner.window(), LocalDate.now(clock));
        List<KeptValue> kept = metrics.storeQuickBooksFigures(session.companyId(), headcount.metrics());
        metrics.removeQuickBooksFigures(session.companyId(), MetricKey.EMPLOYEES, headcount.unknownMonths());
        boolean review = status.isWarning() || !headcount.missingDates().isEmpty();
        history.record(HistoryEntries.entry(session, new SyncTask.EmployeeList(), raw, null, roster, List.of(),
                review ? SyncOutcome.WARNING : SyncOutcome.SUCCESS, rosterMessage(status, roster, headcount, kept),
                now, written(headcount.metrics(), kept), kept));
        ledger.markEmployeesSynced(session.companyId(), now);
    }

    private static String unbalanced(ReportFigures figures) {
        return figures.reconciliations().stream()
                .filter(reconciliation -> !reconciliation.isBalanced())
                .map(reconciliation -> "in " + reconciliation.month() + " the accounts read come to "
                        + reconciliation.calculatedNetProfit() + " but its Net Income is "
                        + reconciliation.reportedNetIncome() + (reconciliation.causes().isEmpty() ? ""
                        : " (" + String.join(", ", reconciliation.causes()) + ")"))
                .collect(Collectors.joining("; "));
    }

    private static int written(List<MonthlyMetrics> metrics, List<KeptValue> kept) {
        return metrics.stream().mapToInt(monthly -> monthly.values().size()).sum() - kept.size();
    }

    private static String keptMessage(List<KeptValue> kept) {
        return kept.isEmpty() ? "" : "values entered by people were kept: " + kept.stream().limit(MAX_NAMED)
                .map(KeptValue::describe).collect(Collectors.joining("; ")) + more(kept.size());
    }

    private static String reportMessage(QbxmlStatus status, ReportFigures figures,
                                        List<SubtotalCheck.Mismatch> mismatches, List<KeptValue> kept) {
        String subtotals = mismatches.isEmpty() ? "" : "QuickBooks' subtotals disagree with the accounts read, so a "
                + "row may have been misread: " + mismatches.stream().limit(MAX_NAMED).map(SubtotalCheck.Mismatch::describe)
                .collect(Collectors.joining("; ")) + more(mismatches.size());
        String reconciled = figures.metrics().size() + " months reconciled to Net Income";
        return Stream.of(warning(status), subtotals, reconciled, keptMessage(kept)).filter(text -> !text.isEmpty())
                .collect(Collectors.joining("; "));
    }

    private static String rosterMessage(QbxmlStatus status, EmployeeRoster roster, Headcount.Result headcount,
                                        List<KeptValue> kept) {
        String counted = roster.employees().size() + " employees, " + roster.activeCount() + " active";
        String unknown = headcount.unknownMonths().isEmpty() ? "" : "no employee has a hire date, so no employee "
                + "count is stored for the " + headcount.unknownMonths().size() + " past months";
        String missing = headcount.missingDates().isEmpty() ? "" : "dates missing: " + headcount.missingDates()
                .stream().limit(MAX_NAMED).collect(Collectors.joining("; ")) + more(headcount.missingDates().size());
        return Stream.of(counted, warning(status), unknown, missing, keptMessage(kept)).filter(text -> !text.isEmpty())
                .collect(Collectors.joining("; "));
    }

    private static String warning(QbxmlStatus status) {
        return status.isWarning() ? "QuickBooks warning " + status.code() + ": " + status.message() : "";
    }

    private static String more(int count) {
        return count > MAX_NAMED ? " and " + (count - MAX_NAMED) + " more" : "";
    }
}
