package dev.qbrsync.core.review;

import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value per month and metric, chosen as the QBR dashboard's API chooses where several rows exist: by data source,
 * {@code calculated} first, then {@code quickbooks}, {@code collected} and {@code manual}; any other source last.
 */
final class MonthlyValues {
    private static final List<String> SOURCE_ORDER = List.of(StoredMetric.CALCULATED, StoredMetric.QUICKBOOKS,
            "collected", "manual");

    private final Map<YearMonth, Map<MetricKey, StoredMetric>> chosen = new HashMap<>();

    MonthlyValues(List<StoredMetric> stored) {
        Comparator<StoredMetric> preferred = Comparator.comparingInt(MonthlyValues::rank);
        for (StoredMetric metric : stored) {
            chosen.computeIfAbsent(metric.month(), month -> new EnumMap<>(MetricKey.class))
                    .merge(metric.key(), metric, (kept, other) -> preferred.compare(other, kept) < 0 ? other : kept);
        }
    }

    Optional<BigDecimal> value(YearMonth month, MetricKey key) {
        return Optional.ofNullable(chosen.getOrDefault(month, Map.of()).get(key)).map(StoredMetric::value);
    }

    private static int rank(StoredMetric metric) {
        int rank = SOURCE_ORDER.indexOf(metric.source());
        return rank < 0 ? SOURCE_ORDER.size() : rank;
    }
}
