package dev.qbrsync.core.service;

import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.plan.SyncPlanner;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.MappingRepository;
import dev.qbrsync.core.port.MetricsRepository;
import dev.qbrsync.core.port.SessionRepository;
import dev.qbrsync.core.port.SyncHistory;
import dev.qbrsync.core.port.SyncLedger;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stores what one QuickBooks response means: its history entry, the metrics it changes, the ledger and the session's
 * progress, all in one transaction, so a failure part-way leaves every earlier figure as it was.
 */
final class ResponseRecorder {
    private final SessionRepository sessions;
    private final MappingRepository mappings;
    private final MetricsRepository metrics;
    private final SyncHistory history;
    private final SyncLedger ledger;
    private final Transactions transactions;
    private final SyncPlanner planner;
    private final ReportMetrics reportMetrics;
    private final Clock clock;

    ResponseRecorder(SessionRepository sessions, MappingRepository mappings, MetricsRepository metrics,
                     SyncHistory history, SyncLedger ledger, Transactions transactions, SyncPlanner planner,
                     ReportMetrics reportMetrics, Clock clock) {
        this.sessions = sessions;
        this.mappings = mappings;
        this.metrics = metrics;
        this.history = history;
        this.ledger = ledger;
        this.transactions = transactions;
        this.planner = planner;
        this.reportMetrics = reportMetrics;
        this.clock = clock;
    }

    /** Stores a readable response and returns the advanced session. */
    WebConnectorSession recordSuccess(WebConnectorSession session, SyncTask task, String raw,
                                      QuickBooksResponse response) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            if (response instanceof QuickBooksResponse.ProfitAndLossReceived received
                    && task instanceof SyncTask.ProfitAndLoss profitAndLoss) {
                storeReport(session, profitAndLoss, raw, received.status(), received.report(), now);
            } else if (response instanceof QuickBooksResponse.EmployeesReceived received) {
                storeRoster(session, raw, received.status(), received.roster(), now);
            } else {
                throw new IllegalArgumentException("Not a stored answer to " + task.encode() + ": " + response);
            }
            WebConnectorSession advanced = advance(session, now);
            sessions.update(advanced);
            return advanced;
        });
    }

    /** Records a response that stores nothing, and marks the session failed; returns the failed session. */
    WebConnectorSession recordFailure(WebConnectorSession session, SyncTask task, String raw, String error) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            history.record(entry(session, task, raw, null, null, List.of(), SyncOutcome.FAILED, error, now));
            WebConnectorSession failed = session.toBuilder().state(SessionState.FAILED).lastError(error)
                    .lastActivityAt(now).build();
            sessions.update(failed);
            return failed;
        });
    }

    private void storeReport(WebConnectorSession session, SyncTask.ProfitAndLoss task, String raw, QbxmlStatus status,
                             ProfitAndLossReport report, Instant now) {
        ReportMetrics.Result result = reportMetrics.ofReport(report, mappings.findAll());
        boolean review = status.isWarning() || !result.balanced();
        history.record(entry(session, task, raw, report, null, result.reconciliations(),
                review ? SyncOutcome.WARNING : SyncOutcome.SUCCESS, reportMessage(status, result), now));
        metrics.upsert(session.companyId(), StoredMetric.QUICKBOOKS, result.metrics());
        ledger.markMonthsSynced(session.companyId(), task.months(), now);
    }

    private void storeRoster(WebConnectorSession session, String raw, QbxmlStatus status, EmployeeRoster roster,
                             Instant now) {
        history.record(entry(session, new SyncTask.EmployeeList(), raw, null, roster, List.of(),
                status.isWarning() ? SyncOutcome.WARNING : SyncOutcome.SUCCESS,
                roster.employees().size() + " employees, " + roster.activeCount() + " active", now));
        metrics.upsert(session.companyId(), StoredMetric.QUICKBOOKS,
                reportMetrics.employees(roster, planner.window(), LocalDate.now(clock)));
        ledger.markEmployeesSynced(session.companyId(), now);
    }

    private static WebConnectorSession advance(WebConnectorSession session, Instant now) {
        int done = session.nextTaskIndex() + 1;
        int total = session.plan().size();
        return session.toBuilder()
                .nextTaskIndex(done)
                .progress(done * 100 / total)
                .state(done >= total ? SessionState.COMPLETED : SessionState.AUTHENTICATED)
                .lastActivityAt(now)
                .build();
    }

    private static String reportMessage(QbxmlStatus status, ReportMetrics.Result result) {
        String unbalanced = result.reconciliations().stream()
                .filter(reconciliation -> !reconciliation.isBalanced())
                .map(reconciliation -> reconciliation.month() + " differs from Net Income by "
                        + reconciliation.difference() + " (" + String.join(", ", reconciliation.causes()) + ")")
                .collect(Collectors.joining("; "));
        String warning = status.isWarning() ? "QuickBooks warning " + status.code() + ": " + status.message() : "";
        String message = String.join("; ", List.of(warning, unbalanced).stream().filter(s -> !s.isEmpty()).toList());
        return message.isEmpty() ? result.metrics().size() + " months reconciled to Net Income" : message;
    }

    private static SyncHistoryEntry entry(WebConnectorSession session, SyncTask task, String raw,
                                          ProfitAndLossReport report, EmployeeRoster roster,
                                          List<Reconciliation> reconciliations, SyncOutcome outcome, String message,
                                          Instant now) {
        YearMonth first = task instanceof SyncTask.ProfitAndLoss pnl ? pnl.first() : null;
        YearMonth last = task instanceof SyncTask.ProfitAndLoss pnl ? pnl.last() : null;
        SyncType type = task instanceof SyncTask.ProfitAndLoss ? SyncType.PROFIT_AND_LOSS : SyncType.EMPLOYEES;
        return new SyncHistoryEntry(null, session.companyId(), session.id(), type, first, last, raw, report, roster,
                reconciliations, outcome, message, now);
    }
}
