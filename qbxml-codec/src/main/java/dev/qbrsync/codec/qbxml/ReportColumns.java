package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.MalformedQbxmlException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which report column holds which month. With SummarizeColumnsBy Month QuickBooks writes one Amount column per month
 * of the requested period, in order, usually followed by a column titled TOTAL (an untitled extra last column is taken
 * for the total too); cells are sparse, so amounts are found by
 * colID, never by position among a row's cells.
 */
final class ReportColumns {
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

    /** Assigns the month columns to the requested months; fails when their number does not match. */
    void assign(List<YearMonth> months) {
        List<Integer> monthColumns = new ArrayList<>();
        amountColumnTitles.forEach((id, title) -> {
            if (!title.toUpperCase(Locale.ROOT).equals("TOTAL")) {
                monthColumns.add(id);
            }
        });
        boolean totalTitled = monthColumns.size() < amountColumnTitles.size();
        if (!totalTitled && monthColumns.size() == months.size() + 1) {
            monthColumns.remove(monthColumns.size() - 1);
        }
        if (monthColumns.size() != months.size()) {
            throw new MalformedQbxmlException("The report has " + monthColumns.size() + " month columns but "
                    + months.size() + " months were asked for (" + months.get(0) + " to "
                    + months.get(months.size() - 1) + ").");
        }
        Map<String, YearMonth> assigned = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            assigned.put(monthColumns.get(i).toString(), months.get(i));
        }
        monthByColumnId = assigned;
    }

    YearMonth monthOf(String colId) {
        return monthByColumnId.get(colId == null ? "" : colId.trim());
    }

    boolean isLabel(String colId) {
        return labelColumnId.equals(colId == null ? "" : colId.trim());
    }

    private static int parseColumnId(String colId) {
        try {
            return Integer.parseInt(colId == null ? "" : colId.trim());
        } catch (NumberFormatException e) {
            throw new MalformedQbxmlException("ColDesc colID '" + colId + "' is not a number.");
        }
    }
}
