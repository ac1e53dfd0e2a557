package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.job.internal.Jobs;
import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.internal.MetricsPipeline;
import dev.qbrsync.core.metrics.internal.ReportFigures;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.plan.internal.SyncPlanner;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.internal.SubtotalCheck;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in job that asks for the monthly Profit & Loss of every due month (one request per run of consecutive
 * months, split by the months-per-request limit) and stores the QBR metrics it maps to. Its figures are computed
 * before the transaction, so no lock is held while accounts are matched; inside it they are computed again only if
 * the rules changed meanwhile. A report whose accounts do not add up to its own Net Income stores nothing.
 */
public final class ProfitAndLossJob extends BuiltInJob {
    private final MappingRepository mappings;
    private final MetricsRepository metrics;
    private final SyncHistory history;
    private final SyncLedger ledger;
    private final SyncPlanner planner;
    private final MetricsPipeline pipeline;
    private final SubtotalCheck subtotalCheck = new SubtotalCheck();
    private final Clock clock;

    ProfitAndLossJob(BuiltInAnswers answers, MappingRepository mappings, MetricsRepository metrics,
                     SyncHistory history, SyncLedger ledger, SyncPlanner planner, MetricsPipeline pipeline,
                     Clock clock) {
        super(answers);
        this.mappings = mappings;
        this.metrics = metrics;
        this.history = history;
        this.ledger = ledger;
        this.planner = planner;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public String name() {
        return Jobs.PROFIT_AND_LOSS;
    }

    @Override
    public boolean asks(SyncTask task) {
        return task instanceof SyncTask.ProfitAndLoss;
    }

    /** A report query (GeneralSummaryReportQueryRq) takes no iterator in any qbXML version. */
    @Override
    public boolean iterates() {
        return false;
    }

    @Override
    public SyncPlan due(CompanyId companyId, Instant now) {
        return planner.profitAndLoss(ledger.load(companyId));
    }

    @Override
    public Optional<SyncTask> receive(WebConnectorSession session, SyncTask task, String raw) {
        answers.receive(session, task, raw, response -> {
            if (!(response instanceof QuickBooksResponse.ProfitAndLossReceived received
                    && task instanceof SyncTask.ProfitAndLoss profitAndLoss)) {
                throw BuiltInAnswers.notAnAnswerTo(task, response);
            }
            store(session, profitAndLoss, raw, received);
        });
        return Optional.empty();
    }

    private void store(WebConnectorSession session, SyncTask.ProfitAndLoss task, String raw,
                       QuickBooksResponse.ProfitAndLossReceived received) {
        List<MappingRule> rules = mappings.rulesFor(session.companyId());
        ReportFigures figures = pipeline.figures(received.report(), rules);
        requireAddsUp(task, figures);
        List<SubtotalCheck.Mismatch> mismatches = subtotalCheck.mismatches(received.report());
        answers.inTransaction(session, () -> storeReport(session, task, raw, received.status(), received.report(),
                rules, figures, mismatches));
    }

    /**
     * Every account is mapped (a catch-all takes what no rule does), so the metrics add up to QuickBooks' own Net
     * Income exactly when the report was read right; when they do not, nothing of it may be stored.
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
                now, StoredMessages.written(current.metrics(), kept), kept));
        ledger.markMonthsSynced(session.companyId(), task.months(), now);
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

    private static String reportMessage(QbxmlStatus status, ReportFigures figures,
                                        List<SubtotalCheck.Mismatch> mismatches, List<KeptValue> kept) {
        String subtotals = mismatches.isEmpty() ? "" : "QuickBooks' subtotals disagree with the accounts read, so a "
                + "row may have been misread: " + mismatches.stream().limit(StoredMessages.MAX_NAMED)
                .map(SubtotalCheck.Mismatch::describe).collect(Collectors.joining("; "))
                + StoredMessages.more(mismatches.size());
        String reconciled = figures.metrics().size() + " months reconciled to Net Income";
        return Stream.of(StoredMessages.warning(status), subtotals, reconciled, StoredMessages.keptMessage(kept))
                .filter(text -> !text.isEmpty()).collect(Collectors.joining("; "));
    }
}
