package dev.qbrsync.http.api;

import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Stored metrics as CSV: a header of metric keys, then one row per month, oldest first; a missing value is empty. */
final class MetricsCsv {

    private MetricsCsv() {
    }

    static String of(List<StoredMetric> metrics) {
        Map<YearMonth, Map<MetricKey, BigDecimal>> byMonth = new TreeMap<>();
        for (StoredMetric metric : metrics) {
            byMonth.computeIfAbsent(metric.month(), month -> new EnumMap<>(MetricKey.class))
                    .put(metric.key(), metric.value());
        }
        StringBuilder csv = new StringBuilder("month,").append(Arrays.stream(MetricKey.values()).map(MetricKey::code)
                .collect(Collectors.joining(","))).append("\r\n");
        byMonth.forEach((month, values) -> csv.append(month).append(',').append(Arrays.stream(MetricKey.values())
                .map(key -> values.containsKey(key) ? values.get(key).toPlainString() : "")
                .collect(Collectors.joining(","))).append("\r\n"));
        return csv.toString();
    }
}
