package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.MalformedQbxmlException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which report column holds which month. With SummarizeColumnsBy Month QuickBooks writes one Amount column per month
 * of the requested period, titled with the month ({@code Jan 26}), usually followed by a column titled TOTAL. Each
 * column is matched to its month by its title, never by its position, and the months found must be exactly the months
 * asked for: a report for other months is refused. Cells are sparse, so amounts are found by colID.
 */
final class ReportColumns {
    private static final String TOTAL = "TOTAL";

    private final TreeMap<Integer, String> amountColumnTitles = new TreeMap<>();
    private Map<String, YearMonth> monthByColumnId = Map.of();
    private String labelColumnId = "1";

    void describe(String colId, String title, String colType) {
        int id = parseColumnId(colId);
        if ("Amount".equalsIgnoreCase(colType)) {
            amountColumnTitles.put(id, title == null ? "" : title.trim());
        } else if ("Label".equalsIgnoreCase(colType) || "Blank".equalsIgnoreCase(colType)) {
            labelColumnId = Integer.toString(Math.min(id, Integer.parseInt(labelColumnId)));
        }
    }

    /** Matches the month columns to the requested months by their titles; refuses a report for other months. */
    void assign(List<YearMonth> months) {
        Map<String, YearMonth> assigned = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        amountColumnTitles.forEach((id, title) -> {
            if (title.toUpperCase(Locale.ROOT).equals(TOTAL)) {
                return;
            }
            Optional<YearMonth> month = MonthTitles.parse(title, months);
            if (month.isPresent()) {
                assigned.put(id.toString(), month.get());
            } else {
                unreadable.add(title.isEmpty() ? "(untitled column " + id + ")" : "'" + title + "'");
            }
        });
        boolean onlyAnUntitledTotal = unreadable.size() == 1 && unreadable.get(0).startsWith("(untitled")
                && amountColumnTitles.lastEntry().getValue().isEmpty();
        if (!unreadable.isEmpty() && !onlyAnUntitledTotal) {
            throw new MalformedQbxmlException("The report's columns " + String.join(", ", unreadable)
                    + " cannot be read as months, so its figures cannot be matched to months; nothing was stored.");
        }
        TreeSet<YearMonth> found = new TreeSet<>(assigned.values());
        if (found.size() != assigned.size() || !found.equals(new TreeSet<>(months))) {
            throw new MalformedQbxmlException("The report has columns for " + describe(assigned.values())
                    + " but " + describe(months) + " were asked for; nothing was stored.");
        }
        monthByColumnId = Map.copyOf(assigned);
    }

    YearMonth monthOf(String colId) {
        return monthByColumnId.get(colId == null ? "" : colId.trim());
    }

    boolean isLabel(String colId) {
        return labelColumnId.equals(colId == null ? "" : colId.trim());
    }

    private static String describe(java.util.Collection<YearMonth> months) {
        List<YearMonth> sorted = new ArrayList<>(new TreeSet<>(months));
        if (sorted.isEmpty()) {
            return "no months";
        }
        String range = sorted.get(0) + " to " + sorted.get(sorted.size() - 1);
        return sorted.size() + (sorted.size() == 1 ? " month (" : " months (") + range + ")";
    }

    private static int parseColumnId(String colId) {
        try {
            return Integer.parseInt(colId == null ? "" : colId.trim());
        } catch (NumberFormatException e) {
            throw new MalformedQbxmlException("ColDesc colID '" + colId + "' is not a number.");
        }
    }
}
