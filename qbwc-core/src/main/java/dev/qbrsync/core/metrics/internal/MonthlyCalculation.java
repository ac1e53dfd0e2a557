package dev.qbrsync.core.metrics.internal;

import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.Reconciliation;

/** The metrics of one month of a report and how they reconcile with the report's Net Income. */
public record MonthlyCalculation(MonthlyMetrics metrics, Reconciliation reconciliation) {
}
