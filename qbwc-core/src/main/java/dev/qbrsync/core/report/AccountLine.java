package dev.qbrsync.core.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One account of a P&L report with its amount per month. {@code fullName} is QuickBooks' own colon-separated key of
 * the account ({@code Payroll Expenses:Wages}, or with account numbers {@code 60200:Gasoline}); {@code displayPath}
 * is the account and its parents as the report shows them ({@code 60200 · Automobile Expense}, {@code Gasoline}),
 * which is what mapping rules read. Amounts posted directly on a parent that has sub-accounts arrive as a line with
 * the parent's own full name. A month with no amount is absent from {@code amounts}, not zero.
 */
public record AccountLine(String fullName, ReportSection section, Map<YearMonth, BigDecimal> amounts,
                          List<String> displayPath) {
    public static final char PATH_SEPARATOR = ':';

    public AccountLine {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(section, "section");
        amounts = Map.copyOf(amounts);
        displayPath = displayPath == null || displayPath.isEmpty() ? segments(fullName) : List.copyOf(displayPath);
    }

    /** An account whose report shows it by its full name. */
    public AccountLine(String fullName, ReportSection section, Map<YearMonth, BigDecimal> amounts) {
        this(fullName, section, amounts, List.of());
    }

    /** The last segment of the displayed path: {@code Wages} for {@code Payroll Expenses:Wages}. */
    public String name() {
        return displayPath.get(displayPath.size() - 1);
    }

    /** The displayed path joined with colons: {@code 60200 · Automobile Expense:Gasoline}. */
    public String displayName() {
        return String.join(String.valueOf(PATH_SEPARATOR), displayPath);
    }

    /** The parent's full name, empty for a top-level account. */
    public Optional<String> parentFullName() {
        int separator = fullName.lastIndexOf(PATH_SEPARATOR);
        return separator < 0 ? Optional.empty() : Optional.of(fullName.substring(0, separator));
    }

    /** True for the account itself and every account below it. */
    public boolean isWithin(String ancestorFullName) {
        return fullName.equals(ancestorFullName) || fullName.startsWith(ancestorFullName + PATH_SEPARATOR);
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

    private static List<String> segments(String fullName) {
        return Arrays.asList(fullName.split(String.valueOf(PATH_SEPARATOR), -1));
    }
}
