package dev.qbrsync.core.metrics;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One row of {@code qbr_metrics_monthly}: a value for a company, month and key, and where it came from. The sync writes
 * {@link #QUICKBOOKS} (read from QuickBooks) and {@link #CALCULATED} (totals worked out from those); any other source,
 * such as a value a person typed into the dashboard, belongs to people and is never overwritten by the sync.
 */
public record StoredMetric(CompanyId companyId, YearMonth month, MetricKey key, BigDecimal value, String source,
                           Instant updatedAt) {
    public static final String QUICKBOOKS = "quickbooks";
    public static final String CALCULATED = "calculated";

    /** The source the sync writes a key under: totals are calculated, everything else read from QuickBooks. */
    public static String sourceOf(MetricKey key) {
        return key == MetricKey.TOTAL_REVENUE || key == MetricKey.TOTAL_EXPENSES || key == MetricKey.NET_PROFIT
                ? CALCULATED : QUICKBOOKS;
    }

    /** True for a value the sync wrote (and may write again), false for one a person owns. */
    public boolean isFromSync() {
        return QUICKBOOKS.equals(source) || CALCULATED.equals(source);
    }
}
