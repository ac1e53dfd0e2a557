package dev.qbrsync.core.metrics;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/** {@code qbr_metrics_monthly}: one value per company, month and metric key, written by the sync or by a person. */
public interface MetricsRepository {

    /**
     * Inserts or replaces the sync's values for the given months and keys. Where a person entered the value of a month
     * and key, theirs is kept untouched and returned with the value QuickBooks would have written.
     */
    List<KeptValue> storeQuickBooksFigures(CompanyId companyId, List<MonthlyMetrics> metrics);

    /** Deletes the sync's values of this key for these months; a person's values stay. */
    void removeQuickBooksFigures(CompanyId companyId, MetricKey key, Collection<YearMonth> months);

    /**
     * Makes every other writer of the company's metrics wait until the current transaction ends, so figures computed
     * from what this transaction reads are never overwritten by figures computed from older data.
     */
    void lockCompanyForWrite(CompanyId companyId);

    /** Every stored value of a company between two months, both included, whoever wrote it. */
    List<StoredMetric> find(CompanyId companyId, YearMonth first, YearMonth last);
}
