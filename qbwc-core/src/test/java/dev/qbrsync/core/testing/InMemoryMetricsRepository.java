package dev.qbrsync.core.testing;

import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredMetric;

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
    private record Key(String companyId, YearMonth month, String metric, String source) {
    }

    private final Map<Key, StoredMetric> rows = new LinkedHashMap<>();
    private final Clock clock;

    public InMemoryMetricsRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void upsert(String companyId, String source, List<MonthlyMetrics> metrics) {
        for (MonthlyMetrics monthly : metrics) {
            monthly.values().forEach((key, value) -> rows.put(
                    new Key(companyId, monthly.month(), key.code(), source),
                    new StoredMetric(companyId, monthly.month(), key, value, source, clock.instant())));
        }
    }

    @Override
    public synchronized void remove(String companyId, String source, MetricKey key, Collection<YearMonth> months) {
        months.forEach(month -> rows.remove(new Key(companyId, month, key.code(), source)));
    }

    /** Nothing to lock: the in-memory core runs its writes one at a time. */
    @Override
    public void lockCompanyForWrite(String companyId) {
    }

    /** Stores one value as another source would, such as a manual entry. */
    public synchronized void put(StoredMetric metric) {
        rows.put(new Key(metric.companyId(), metric.month(), metric.key().code(), metric.source()), metric);
    }

    @Override
    public synchronized List<StoredMetric> find(String companyId, YearMonth first, YearMonth last) {
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
