package dev.qbrsync.core.metrics;

import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** One row of {@code qbr_metrics_monthly}: a value for a company, month and key, owned by one source. */
public record StoredMetric(String companyId, YearMonth month, MetricKey key, BigDecimal value, String source,
                           Instant updatedAt) {
    /** The source our QuickBooks sync writes under; other sources (a manual entry) are never overwritten by it. */
    public static final String QUICKBOOKS = "quickbooks";
}
