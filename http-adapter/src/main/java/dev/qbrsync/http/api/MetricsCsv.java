package dev.qbrsync.http.api;

import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.review.PeriodFigure;
import dev.qbrsync.core.review.PeriodLength;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Metrics as CSV: a header of metric keys, then one row per month (or quarter or year), oldest first; a missing value
 * is empty. Periods end with a {@code complete} column: false when a month of the period lacks a value.
 */
final class MetricsCsv {
    private static final String LINE_END = "\r\n";

    private MetricsCsv() {
    }

    static String of(List<StoredMetric> metrics) {
        Map<String, Map<MetricKey, BigDecimal>> byMonth = new TreeMap<>();
        for (StoredMetric metric : metrics) {
            byMonth.computeIfAbsent(metric.month().toString(), month -> new EnumMap<>(MetricKey.class))
                    .put(metric.key(), metric.value());
        }
        StringBuilder csv = new StringBuilder("month,").append(keys()).append(LINE_END);
        byMonth.forEach((month, values) -> csv.append(month).append(',').append(row(values)).append(LINE_END));
        return csv.toString();
    }

    static String ofPeriods(PeriodLength length, List<PeriodFigure> figures) {
        Map<String, Map<MetricKey, BigDecimal>> byPeriod = new TreeMap<>();
        Map<String, Boolean> complete = new TreeMap<>();
        for (PeriodFigure figure : figures) {
            String period = figure.period().label();
            byPeriod.computeIfAbsent(period, label -> new EnumMap<>(MetricKey.class))
                    .put(figure.key(), figure.value());
            complete.merge(period, figure.complete(), Boolean::logicalAnd);
        }
        StringBuilder csv = new StringBuilder(length.code()).append(',').append(keys()).append(",complete")
                .append(LINE_END);
        byPeriod.forEach((period, values) -> csv.append(period).append(',').append(row(values)).append(',')
                .append(complete.get(period) && values.size() == MetricKey.values().length).append(LINE_END));
        return csv.toString();
    }

    private static String keys() {
        return Arrays.stream(MetricKey.values()).map(MetricKey::code).collect(Collectors.joining(","));
    }

    private static String row(Map<MetricKey, BigDecimal> values) {
        return Arrays.stream(MetricKey.values())
                .map(key -> values.containsKey(key) ? values.get(key).toPlainString() : "")
                .collect(Collectors.joining(","));
    }
}
