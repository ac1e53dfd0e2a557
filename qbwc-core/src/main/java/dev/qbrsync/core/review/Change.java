package dev.qbrsync.core.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How a figure moved from an earlier period: the difference, and that difference as a fraction of the earlier
 * figure's size (4 decimals; none when the earlier figure is 0), so a loss that shrinks reads as a rise.
 */
public record Change(BigDecimal absolute, BigDecimal relative) {

    public static Change between(BigDecimal current, BigDecimal earlier) {
        BigDecimal absolute = current.subtract(earlier);
        BigDecimal relative = earlier.signum() == 0 ? null
                : absolute.divide(earlier.abs(), Kpi.FRACTION_SCALE, RoundingMode.HALF_UP);
        return new Change(absolute, relative);
    }

    /** The change when both figures exist; none otherwise. */
    static Optional<Change> between(Optional<BigDecimal> current, Optional<BigDecimal> earlier) {
        return current.flatMap(now -> earlier.map(before -> between(now, before)));
    }
}
