package dev.qbrsync.examples.embedding;

import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An embedder's own metrics store: the team keeps its figures in a warehouse table keyed {@code company/month/metric};
 * here a sorted map stands in for it. Proved by {@code WarehouseMetricsContractTest}, the core's port contract.
 */
public final class WarehouseMetrics implements MetricsRepository {
    private final NavigableMap<String, StoredMetric> table = new ConcurrentSkipListMap<>();
    private final Clock clock;

    public WarehouseMetrics(Clock clock) {
        this.clock = clock;
    }

    private static String key(CompanyId companyId, YearMonth month, MetricKey metric) {
        return companyId.value() + "/" + month + "/" + metric.name();
    }

    @Override
    public synchronized List<KeptValue> storeQuickBooksFigures(CompanyId companyId, List<MonthlyMetrics> metrics) {
        List<KeptValue> keptByHand = new ArrayList<>();
        metrics.forEach(monthly -> monthly.values().forEach((metric, value) -> {
            String key = key(companyId, monthly.month(), metric);
            StoredMetric current = table.get(key);
            if (current != null && !current.isFromSync()) {
                keptByHand.add(new KeptValue(monthly.month(), metric, current.value(), current.source(), value));
            } else {
                table.put(key, new StoredMetric(companyId, monthly.month(), metric, value,
                        StoredMetric.sourceOf(metric), clock.instant()));
            }
        }));
        return keptByHand;
    }

    @Override
    public synchronized void removeQuickBooksFigures(CompanyId companyId, MetricKey metric, Collection<YearMonth> months) {
        months.forEach(month -> table.computeIfPresent(key(companyId, month, metric),
                (key, stored) -> stored.isFromSync() ? null : stored));
    }

    /** The warehouse takes one writer at a time already (the methods are synchronized). */
    @Override
    public void lockCompanyForWrite(CompanyId companyId) {
    }

    @Override
    public List<StoredMetric> find(CompanyId companyId, YearMonth first, YearMonth last) {
        return table.subMap(companyId.value() + "/", companyId.value() + "/\uffff").values().stream()
                .filter(row -> !row.month().isBefore(first) && !row.month().isAfter(last))
                .toList();
    }

    /** A value a person typed into the warehouse, which the sync must never overwrite. */
    public void enterByHand(StoredMetric metric) {
        table.put(key(metric.companyId(), metric.month(), metric.key()), metric);
    }
}
