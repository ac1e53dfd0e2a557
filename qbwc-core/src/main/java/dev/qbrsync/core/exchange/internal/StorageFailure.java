package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.session.WebConnectorSession;

/**
 * An answer that could not be stored (the database refused it, say), told in one sentence a person can act on: what
 * failed, what stays due and that the server log has the detail. The database's own words (often the whole statement,
 * with its hundreds of placeholders) go to the server log only, once, with the exception.
 */
public final class StorageFailure {
    private static final System.Logger LOG = System.getLogger(StorageFailure.class.getName());

    private StorageFailure() {
    }

    /** Logs the failure with its cause and returns what getLastError, the history and /status say of it. */
    static String logged(WebConnectorSession session, SyncTask task, RuntimeException cause) {
        LOG.log(System.Logger.Level.ERROR, "Storing " + task.encode() + " for company " + session.companyId()
                + " failed; it stays due", cause);
        return describe(task);
    }

    /** Logs why a failure could not be recorded in the history and returns the clause that says so. */
    static String notRecorded(WebConnectorSession session, SyncTask task, RuntimeException cause) {
        LOG.log(System.Logger.Level.ERROR, "Recording the failure of " + task.encode() + " for company "
                + session.companyId() + " in the history failed", cause);
        return " (and the history could not record it either)";
    }

    static String describe(SyncTask task) {
        String detail = "; the server log has the detail";
        if (task instanceof SyncTask.ProfitAndLoss report) {
            return "QBR Sync could not store QuickBooks' Profit & Loss for " + months(report) + ", so "
                    + (report.monthCount() == 1 ? "that month stays" : "those months stay") + " due for the next run"
                    + detail;
        }
        return "QBR Sync could not store QuickBooks' employee list, so the employee count stays due for the next "
                + "run" + detail;
    }

    private static String months(SyncTask.ProfitAndLoss report) {
        return report.monthCount() == 1 ? report.first().toString() : report.first() + " to " + report.last();
    }
}
