package dev.qbrsync.codec.qbxml;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the month a P&L column is for from its title, as QuickBooks prints it with monthly columns: {@code Jan 26},
 * {@code Jan 2026}, {@code January 2026}, a part month such as {@code Mar 1 - 20, 26}, or {@code 2026-01}. A two-digit
 * year is taken in the century that puts the month nearest the months asked for.
 */
final class MonthTitles {
    private static final Pattern NAMED = Pattern.compile(
            "^([A-Za-z]+)\\.?\\s+(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+)?'?(\\d{2}|\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Map<String, Month> MONTH_NAMES = monthNames();

    private MonthTitles() {
    }

    static Optional<YearMonth> parse(String title, Collection<YearMonth> asked) {
        String text = title == null ? "" : title.trim();
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            int month = Integer.parseInt(iso.group(2));
            return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(iso.group(1)), month))
                    : Optional.empty();
        }
        Matcher named = NAMED.matcher(text);
        if (!named.matches()) {
            return Optional.empty();
        }
        Month month = MONTH_NAMES.get(named.group(1).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        String year = named.group(2);
        return Optional.of(year.length() == 4 ? YearMonth.of(Integer.parseInt(year), month)
                : nearest(Integer.parseInt(year), month, asked));
    }

    private static YearMonth nearest(int twoDigitYear, Month month, Collection<YearMonth> asked) {
        YearMonth reference = asked.stream().max(Comparator.naturalOrder()).orElse(YearMonth.of(2000, 1));
        int century = reference.getYear() / 100 * 100;
        return java.util.stream.IntStream.of(century - 100, century, century + 100)
                .mapToObj(base -> YearMonth.of(base + twoDigitYear, month))
                .min(Comparator.comparingLong(candidate -> Math.abs(candidate.getYear() * 12L
                        + candidate.getMonthValue() - reference.getYear() * 12L - reference.getMonthValue())))
                .orElseThrow();
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            names.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
            names.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }
}
