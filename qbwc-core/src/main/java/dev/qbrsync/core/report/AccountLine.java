package dev.qbrsync.core.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One account of a P&L report with its amount per month. {@code fullName} is QuickBooks' colon-separated path
 * ({@code Payroll Expenses:Wages}); amounts posted directly on a parent that has sub-accounts arrive as a line with the
 * parent's own full name. A month with no amount is absent from {@code amounts}, not zero.
 */
public record AccountLine(String fullName, ReportSection section, Map<YearMonth, BigDecimal> amounts) {
    public static final char PATH_SEPARATOR = ':';

    public AccountLine {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(section, "section");
        amounts = Map.copyOf(amounts);
    }

    /** The last segment of the path: {@code Wages} for {@code Payroll Expenses:Wages}. */
    public String name() {
        int separator = fullName.lastIndexOf(PATH_SEPARATOR);
        return separator < 0 ? fullName : fullName.substring(separator + 1);
    }

    /** The parent's full name, empty for a top-level account. */
    public Optional<String> parentFullName() {
        int separator = fullName.lastIndexOf(PATH_SEPARATOR);
        return separator < 0 ? Optional.empty() : Optional.of(fullName.substring(0, separator));
    }

    public int depth() {
        return (int) fullName.chars().filter(c -> c == PATH_SEPARATOR).count();
    }

    public Optional<BigDecimal> amountIn(YearMonth month) {
        return Optional.ofNullable(amounts.get(month));
    }

    public Map<YearMonth, BigDecimal> amountsByMonth() {
        return new TreeMap<>(amounts);
    }
}
