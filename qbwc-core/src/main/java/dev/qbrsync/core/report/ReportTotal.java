package dev.qbrsync.core.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of QuickBooks' own sums in a P&L: a section's total, a parent account's total, or Gross Profit, Net Ordinary
 * Income or Net Other Income. The report's accounts are checked against them.
 *
 * @param label           the row as QuickBooks prints it ({@code Total Income}, {@code Total 60200 · Automobile Expense})
 * @param section         the section totalled, for {@link Kind#SECTION}
 * @param accountFullName the parent account totalled, for {@link Kind#PARENT}
 */
public record ReportTotal(Kind kind, String label, ReportSection section, String accountFullName,
                          Map<YearMonth, BigDecimal> amounts) {

    public enum Kind {
        SECTION,
        PARENT,
        GROSS_PROFIT,
        NET_ORDINARY_INCOME,
        NET_OTHER_INCOME
    }

    public ReportTotal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        amounts = Map.copyOf(amounts);
        if (kind == Kind.SECTION) {
            Objects.requireNonNull(section, "section");
        }
        if (kind == Kind.PARENT) {
            Objects.requireNonNull(accountFullName, "accountFullName");
        }
    }

    public Optional<BigDecimal> amountIn(YearMonth month) {
        return Optional.ofNullable(amounts.get(month));
    }
}
