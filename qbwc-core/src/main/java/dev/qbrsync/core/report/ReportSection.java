package dev.qbrsync.core.report;

import dev.qbrsync.core.qbr.MetricKind;

/** The sections of a QuickBooks Profit and Loss report, in report order. */
public enum ReportSection {
    INCOME("Income", MetricKind.REVENUE),
    COST_OF_GOODS_SOLD("Cost of Goods Sold", MetricKind.EXPENSE),
    EXPENSE("Expense", MetricKind.EXPENSE),
    OTHER_INCOME("Other Income", MetricKind.REVENUE),
    OTHER_EXPENSE("Other Expense", MetricKind.EXPENSE);

    private final String title;
    private final MetricKind metricKind;

    ReportSection(String title, MetricKind metricKind) {
        this.title = title;
        this.metricKind = metricKind;
    }

    /** The section heading as QuickBooks prints it. */
    public String title() {
        return title;
    }

    /** Revenue sections may only map to revenue metrics, expense sections only to expense metrics. */
    public MetricKind metricKind() {
        return metricKind;
    }

    public boolean isRevenue() {
        return metricKind == MetricKind.REVENUE;
    }
}
