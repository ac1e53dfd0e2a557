package dev.qbrsync.core.metrics;

import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The QBR metric values of one month. A key that was not computed is absent (not zero). */
public record MonthlyMetrics(YearMonth month, Map<MetricKey, BigDecimal> values) {

    public MonthlyMetrics {
        Objects.requireNonNull(month, "month");
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public Optional<BigDecimal> value(MetricKey key) {
        return Optional.ofNullable(values.get(key));
    }
}
