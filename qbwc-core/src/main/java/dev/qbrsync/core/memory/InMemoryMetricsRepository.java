package dev.qbrsync.core.memory;

import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredMetric;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;

import java.time.Clock;
import java.util.Collection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryMetricsRepository implements MetricsRepository {
    private record Key(CompanyId companyId, YearMonth month, MetricKey metric) {
    }

    private final Map<Key, StoredMetric> rows = new LinkedHashMap<>();
    private final Clock clock;

    public InMemoryMetricsRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized List<KeptValue> storeQuickBooksFigures(CompanyId companyId, List<MonthlyMetrics> metrics) {
        List<KeptValue> kept = new ArrayList<>();
        for (MonthlyMetrics monthly : metrics) {
            monthly.values().forEach((key, value) -> {
                Key at = new Key(companyId, monthly.month(), key);
                StoredMetric existing = rows.get(at);
                if (existing != null && !existing.isFromSync()) {
                    kept.add(new KeptValue(monthly.month(), key, existing.value(), existing.source(), value));
                } else {
                    rows.put(at, new StoredMetric(companyId, monthly.month(), key, value, StoredMetric.sourceOf(key),
                            clock.instant()));
                }
            });
        }
        return kept;
    }

    @Override
    public synchronized void removeQuickBooksFigures(CompanyId companyId, MetricKey key, Collection<YearMonth> months) {
        months.forEach(month -> rows.computeIfPresent(new Key(companyId, month, key),
                (at, stored) -> stored.isFromSync() ? null : stored));
    }

    /** Nothing to lock: the in-memory core runs its writes one at a time. */
    @Override
    public void lockCompanyForWrite(CompanyId companyId) {
    }

    /** Stores one value as a person would, such as a manual entry in the dashboard. */
    public synchronized void put(StoredMetric metric) {
        rows.put(new Key(metric.companyId(), metric.month(), metric.key()), metric);
    }

    @Override
    public synchronized List<StoredMetric> find(CompanyId companyId, YearMonth first, YearMonth last) {
        List<StoredMetric> found = new ArrayList<>();
        rows.values().stream()
                .filter(row -> row.companyId().equals(companyId))
                .filter(row -> !row.month().isBefore(first) && !row.month().isAfter(last))
                .sorted(Comparator.comparing(StoredMetric::month).thenComparing(StoredMetric::key)
                        .thenComparing(StoredMetric::source))
                .forEach(found::add);
        return found;
    }
}
