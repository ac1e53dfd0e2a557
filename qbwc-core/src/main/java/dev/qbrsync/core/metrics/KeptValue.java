package dev.qbrsync.core.metrics;

import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A value a person entered that the sync kept instead of QuickBooks' figure, and the figure QuickBooks would have
 * written, so the difference can be shown.
 *
 * @param keptBy who entered it, or its source when nobody is named
 */
public record KeptValue(YearMonth month, MetricKey key, BigDecimal kept, String keptBy, BigDecimal quickBooksValue) {

    public String describe() {
        return month + " " + key.code() + " kept at " + (kept == null ? "(empty)" : kept.toPlainString()) + " ("
                + keptBy + "); QuickBooks would have written " + quickBooksValue.toPlainString();
    }
}
