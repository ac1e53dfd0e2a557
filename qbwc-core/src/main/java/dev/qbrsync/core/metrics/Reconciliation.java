package dev.qbrsync.core.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Our net profit against the report's own Net Income for one month. The difference is exactly 0.00 when every account
 * is mapped; otherwise {@code causes} names the accounts that made it.
 */
public record Reconciliation(
        YearMonth month,
        BigDecimal calculatedNetProfit,
        BigDecimal reportedNetIncome,
        BigDecimal difference,
        List<String> causes) {

    public Reconciliation {
        causes = List.copyOf(causes);
    }

    public boolean isBalanced() {
        return difference.signum() == 0;
    }
}
