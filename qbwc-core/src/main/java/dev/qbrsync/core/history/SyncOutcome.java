package dev.qbrsync.core.history;

public enum SyncOutcome {
    /** Stored, and every month reconciled to the report's Net Income. */
    SUCCESS,
    /** Stored, with something to review: a partial result, a non-zero reconciliation difference. */
    WARNING,
    /** Nothing stored: QuickBooks failed the request or its response could not be read. */
    FAILED
}
