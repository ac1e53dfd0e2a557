package dev.qbrsync.core.history;

/** What a history entry answered: a P&L report, the employee list, or a registered job (named in its message). */
public enum SyncType {
    PROFIT_AND_LOSS,
    EMPLOYEES,
    JOB
}
