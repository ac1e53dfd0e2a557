package dev.qbrsync.core.review;

import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The QBR dashboard's rule for a period from its months: revenue, expense and profit metrics are the sum of the
 * months; {@code employees} is the average of the months that have a value (rounded to cents, as its
 * numeric(12,2) quarterly table holds it). A metric no month of the period has is absent.
 */
public final class PeriodFigures {

    private PeriodFigures() {
    }

    /** Each period's figures, in the order of the periods, then of {@link MetricKey}. */
    public static List<PeriodFigure> of(List<StoredMetric> stored, List<Period> periods) {
        MonthlyValues values = new MonthlyValues(stored);
        List<PeriodFigure> figures = new ArrayList<>();
        for (Period period : periods) {
            for (MetricKey key : MetricKey.values()) {
                figure(values, period, key).ifPresent(figures::add);
            }
        }
        return figures;
    }

    /** The figures of one period by key. */
    static Map<MetricKey, PeriodFigure> byKey(List<PeriodFigure> figures, Period period) {
        Map<MetricKey, PeriodFigure> byKey = new EnumMap<>(MetricKey.class);
        figures.stream().filter(figure -> figure.period().equals(period))
                .forEach(figure -> byKey.put(figure.key(), figure));
        return byKey;
    }

    private static Optional<PeriodFigure> figure(MonthlyValues values, Period period, MetricKey key) {
        List<BigDecimal> present = period.months().stream().flatMap(month -> values.value(month, key).stream())
                .toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal value = key == MetricKey.EMPLOYEES
                ? sum.divide(BigDecimal.valueOf(present.size()), Money.SCALE, RoundingMode.HALF_UP)
                : Money.normalize(sum);
        return Optional.of(new PeriodFigure(period, key, value, present.size()));
    }
}
