package dev.qbrsync.core.review;

import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;

/**
 * One metric over one period: the sum of its months (the average of those with a value for {@code employees}), how
 * many of the period's months had a value, and whether all of them did.
 */
public record PeriodFigure(Period period, MetricKey key, BigDecimal value, int monthsWithValue) {

    public boolean complete() {
        return monthsWithValue == period.length().months();
    }
}
