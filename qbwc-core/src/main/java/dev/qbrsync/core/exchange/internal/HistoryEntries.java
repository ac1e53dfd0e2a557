package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The history entry of one request of a session: its type and months come from the task. */
public final class HistoryEntries {

    private HistoryEntries() {
    }

    static SyncType typeOf(SyncTask task) {
        if (task instanceof SyncTask.ProfitAndLoss) {
            return SyncType.PROFIT_AND_LOSS;
        }
        return task instanceof SyncTask.Job ? SyncType.JOB : SyncType.EMPLOYEES;
    }

    /** A request that stored nothing; {@code raw} is QuickBooks' answer, null when none came. */
    static SyncHistoryEntry failed(WebConnectorSession session, SyncTask task, String raw, String error, Instant now) {
        return entry(session, task, raw, null, null, List.of(), SyncOutcome.FAILED, error, now, 0, List.of());
    }

    static SyncHistoryEntry entry(WebConnectorSession session, SyncTask task, String raw, ProfitAndLossReport report,
                                  EmployeeRoster roster, List<Reconciliation> reconciliations, SyncOutcome outcome,
                                  String message, Instant now, int metricsUpdated, List<KeptValue> kept) {
        YearMonth first = task instanceof SyncTask.ProfitAndLoss pnl ? pnl.first() : null;
        YearMonth last = task instanceof SyncTask.ProfitAndLoss pnl ? pnl.last() : null;
        return new SyncHistoryEntry(null, session.companyId(), session.id(), typeOf(task), first, last, raw, report, roster,
                reconciliations, outcome, message, now, metricsUpdated, kept);
    }
}
