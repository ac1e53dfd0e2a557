package dev.qbrsync.core.history;

public enum SyncType {
    PROFIT_AND_LOSS,
    EMPLOYEES
}
