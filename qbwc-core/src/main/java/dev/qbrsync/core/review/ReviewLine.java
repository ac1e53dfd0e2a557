package dev.qbrsync.core.review;

import java.math.BigDecimal;

/**
 * One metric or KPI of a reviewed period beside the previous period and the same period a year earlier, each value
 * null when it cannot be worked out. A change is given only when both figures exist and both periods are complete: a
 * period still missing months would show a fall that is only a gap.
 */
public record ReviewLine(String key, BigDecimal value, boolean complete, BigDecimal previous,
                         BigDecimal yearEarlier, Change changeFromPrevious, Change changeFromYearEarlier) {
}
