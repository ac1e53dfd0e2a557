package dev.qbrsync.core.metrics;

import dev.qbrsync.core.qbr.MetricKey;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/** {@code qbr_metrics_monthly}: one value per company, month, metric key and source. */
public interface MetricsRepository {

    /**
     * Inserts or replaces the values of {@code source} for the given months and keys. Rows of other sources (such as a
     * manual entry) for the same month and key are left untouched.
     */
    void upsert(String companyId, String source, List<MonthlyMetrics> metrics);

    /** Deletes the values of {@code source} for this key and these months; other sources' rows stay. */
    void remove(String companyId, String source, MetricKey key, Collection<YearMonth> months);

    /**
     * Makes every other writer of the company's metrics wait until the current transaction ends, so figures computed
     * from what this transaction reads are never overwritten by figures computed from older data.
     */
    void lockCompanyForWrite(String companyId);

    /** Every stored value of a company between two months, both included, of all sources. */
    List<StoredMetric> find(String companyId, YearMonth first, YearMonth last);
}
