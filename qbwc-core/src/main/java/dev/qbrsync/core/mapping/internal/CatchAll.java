package dev.qbrsync.core.mapping.internal;

import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;

/** The metric an account falls to when no rule matches it or any of its parents. */
public final class CatchAll {

    private CatchAll() {
    }

    public static MetricKey metricFor(ReportSection section) {
        return switch (section) {
            case INCOME, OTHER_INCOME -> MetricKey.MISC_REVENUE;
            case COST_OF_GOODS_SOLD -> MetricKey.PRODUCT_COGS;
            case EXPENSE, OTHER_EXPENSE -> MetricKey.OTHER_EXPENSES;
        };
    }
}
