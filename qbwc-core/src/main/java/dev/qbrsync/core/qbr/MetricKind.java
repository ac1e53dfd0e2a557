package dev.qbrsync.core.qbr;

/** Where a metric's value comes from: revenue or expense accounts, or a calculation over the others. */
public enum MetricKind {
    REVENUE,
    EXPENSE,
    CALCULATED
}
