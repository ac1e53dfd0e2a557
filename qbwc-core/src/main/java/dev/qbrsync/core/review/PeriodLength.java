package dev.qbrsync.core.review;

import java.time.YearMonth;
import java.util.Locale;

/** How long the periods of a review are: months, calendar quarters or calendar years. */
public enum PeriodLength {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    PeriodLength(int months) {
        this.months = months;
    }

    /** How many months one period has. */
    public int months() {
        return months;
    }

    /** The period of this length that holds the month. */
    public Period periodOf(YearMonth month) {
        int firstMonthOfPeriod = (month.getMonthValue() - 1) / months * months + 1;
        return new Period(this, YearMonth.of(month.getYear(), firstMonthOfPeriod));
    }

    /** "month", "quarter" or "year", as the API names it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
