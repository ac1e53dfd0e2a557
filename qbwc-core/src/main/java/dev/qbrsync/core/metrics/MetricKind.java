package dev.qbrsync.core.metrics;

/** Where a metric's value comes from: revenue or expense accounts, or a calculation over the others. */
public enum MetricKind {
    REVENUE,
    EXPENSE,
    CALCULATED
}
