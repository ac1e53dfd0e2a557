package dev.qbrsync.core.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A calendar month, quarter or year, known by its first month; its label is "2025-01", "2025-Q1" or "2025". */
public record Period(PeriodLength length, YearMonth first) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(length, "length");
        if ((first.getMonthValue() - 1) % length.months() != 0) {
            throw new IllegalArgumentException(first + " does not start a " + length.code());
        }
    }

    public YearMonth last() {
        return first.plusMonths(length.months() - 1L);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(length.months());
        for (YearMonth month = first; !month.isAfter(last()); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public Period previous() {
        return new Period(length, first.minusMonths(length.months()));
    }

    public Period next() {
        return new Period(length, first.plusMonths(length.months()));
    }

    /** The same period one year earlier: for a year, the year before. */
    public Period yearEarlier() {
        return new Period(length, first.minusYears(1));
    }

    public String label() {
        return switch (length) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(first.getYear());
        };
    }

    /** Every period of this length from the one holding {@code from} to the one holding {@code to}, oldest first. */
    public static List<Period> covering(PeriodLength length, YearMonth from, YearMonth to) {
        List<Period> periods = new ArrayList<>();
        for (Period period = length.periodOf(from); !period.first().isAfter(to); period = period.next()) {
            periods.add(period);
        }
        return periods;
    }

    @Override
    public int compareTo(Period other) {
        return first.compareTo(other.first);
    }

    @Override
    public String toString() {
        return label();
    }
}
