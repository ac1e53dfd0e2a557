package dev.qbrsync.core.metrics;

/** The metrics of one month of a report and how they reconcile with the report's Net Income. */
public record MonthlyCalculation(MonthlyMetrics metrics, Reconciliation reconciliation) {
}
