package dev.qbrsync.core.qbr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is a BigDecimal with scale 2; never a double. */
public final class Money {
    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    public static BigDecimal of(String amount) {
        return normalize(new BigDecimal(amount.trim()));
    }

    public static BigDecimal normalize(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
