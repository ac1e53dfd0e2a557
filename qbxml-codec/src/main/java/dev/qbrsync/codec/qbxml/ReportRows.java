package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a P&L's ReportData, a flat list whose nesting is implied by order: a section's TextRow opens it; a
 * parent account's TextRow opens its group and the SubtotalRow that names the parent (RowData) closes it; DataRows are
 * accounts (RowData holds QuickBooks' full name, the label column the name as shown, {@code Parent - Other} for the
 * parent's own postings); SubtotalRows without RowData are section totals or QuickBooks' summary lines (Gross Profit,
 * Net Ordinary Income, Net Other Income); the TotalRow Net Income closes the report. Totals are kept to check the
 * accounts against; they are never accounts.
 */
final class ReportRows {
    private static final Map<String, ReportSection> SECTION_TITLES = sectionTitles();
    private static final String OTHER_SUFFIX = " - other";

    private final ReportColumns columns;
    private final List<AccountLine> accounts = new ArrayList<>();
    private final List<ReportTotal> totals = new ArrayList<>();
    private final Map<YearMonth, BigDecimal> netIncome = new HashMap<>();
    private final Deque<String> openParents = new ArrayDeque<>();
    private ReportSection section;

    private ReportRows(ReportColumns columns) {
        this.columns = columns;
    }

    static ReportRows read(XMLStreamReader reader, ReportColumns columns) throws XMLStreamException {
        ReportRows rows = new ReportRows(columns);
        while (StaxReading.nextChild(reader)) {
            String rowKind = reader.getLocalName();
            String rowNumber = StaxReading.attribute(reader, "rowNumber");
            switch (rowKind) {
                case "TextRow" -> {
                    rows.text(StaxReading.attribute(reader, "value"));
                    StaxReading.skipElement(reader);
                }
                case "DataRow" -> rows.data(Row.read(reader, columns, rowNumber), rowNumber);
                case "SubtotalRow" -> rows.subtotal(Row.read(reader, columns, rowNumber));
                case "TotalRow" -> rows.total(Row.read(reader, columns, rowNumber));
                default -> StaxReading.skipElement(reader);
            }
        }
        return rows;
    }

    List<AccountLine> accounts() {
        return accounts;
    }

    List<ReportTotal> totals() {
        return totals;
    }

    Map<YearMonth, BigDecimal> netIncome() {
        return netIncome;
    }

    private void text(String value) {
        ReportSection opened = sectionOf(value);
        if (opened != null) {
            section = opened;
            openParents.clear();
        } else if (isSummaryHeader(value)) {
            openParents.clear();
        } else if (section != null && value != null && !value.isBlank()) {
            openParents.addLast(value.trim());
        }
    }

    private void data(Row row, String rowNumber) {
        if (row.accountFullName == null) {
            return;
        }
        if (section == null) {
            throw new MalformedQbxmlException("Row " + rowNumber + " (account '" + row.accountFullName
                    + "') is outside any Profit and Loss section.");
        }
        accounts.add(new AccountLine(row.accountFullName, section, row.amounts, displayPath(row)));
    }

    /** The parents' names as shown, then the account's own; a parent's "- Other" line is the parent itself. */
    private List<String> displayPath(Row row) {
        List<String> path = new ArrayList<>(openParents);
        String shown = row.label == null || row.label.isBlank() ? lastSegment(row.accountFullName) : row.label.trim();
        boolean parentsOwnLine = shown.toLowerCase(Locale.ROOT).endsWith(OTHER_SUFFIX) && !path.isEmpty()
                && path.get(path.size() - 1).equalsIgnoreCase(shown.substring(0, shown.length() - OTHER_SUFFIX.length()));
        if (!parentsOwnLine) {
            path.add(shown);
        }
        return path;
    }

    private void subtotal(Row row) {
        if (row.accountFullName != null) {
            totals.add(new ReportTotal(ReportTotal.Kind.PARENT, labelOf(row), null, row.accountFullName, row.amounts));
            openParents.pollLast();
            return;
        }
        String label = labelOf(row);
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.startsWith("total ") && sectionOf(label.substring("total ".length())) != null) {
            totals.add(new ReportTotal(ReportTotal.Kind.SECTION, label, sectionOf(label.substring(6)), null,
                    row.amounts));
        } else if (lower.equals("gross profit")) {
            totals.add(new ReportTotal(ReportTotal.Kind.GROSS_PROFIT, label, null, null, row.amounts));
        } else if (lower.equals("net ordinary income")) {
            totals.add(new ReportTotal(ReportTotal.Kind.NET_ORDINARY_INCOME, label, null, null, row.amounts));
        } else if (lower.equals("net other income")) {
            totals.add(new ReportTotal(ReportTotal.Kind.NET_OTHER_INCOME, label, null, null, row.amounts));
        }
    }

    private void total(Row row) {
        if (row.label != null && row.label.trim().equalsIgnoreCase("Net Income")) {
            netIncome.putAll(row.amounts);
        }
    }

    private static String labelOf(Row row) {
        return row.label == null ? "" : row.label.trim();
    }

    private static String lastSegment(String fullName) {
        int separator = fullName.lastIndexOf(AccountLine.PATH_SEPARATOR);
        return separator < 0 ? fullName : fullName.substring(separator + 1);
    }

    private static boolean isSummaryHeader(String title) {
        String lower = title == null ? "" : title.trim().toLowerCase(Locale.ROOT);
        return lower.equals("ordinary income/expense") || lower.equals("other income/expense");
    }

    private static ReportSection sectionOf(String title) {
        return title == null ? null : SECTION_TITLES.get(title.trim().toLowerCase(Locale.ROOT));
    }

    private static Map<String, ReportSection> sectionTitles() {
        Map<String, ReportSection> titles = new HashMap<>();
        for (ReportSection section : ReportSection.values()) {
            titles.put(section.title().toLowerCase(Locale.ROOT), section);
        }
        titles.put("expenses", ReportSection.EXPENSE);
        titles.put("other expenses", ReportSection.OTHER_EXPENSE);
        titles.put("cost of sales", ReportSection.COST_OF_GOODS_SOLD);
        titles.put("cogs", ReportSection.COST_OF_GOODS_SOLD);
        return Map.copyOf(titles);
    }

    /** The cells of one DataRow, SubtotalRow or TotalRow. */
    private static final class Row {
        private String accountFullName;
        private String label;
        private final Map<YearMonth, BigDecimal> amounts = new LinkedHashMap<>();

        static Row read(XMLStreamReader reader, ReportColumns columns, String rowNumber) throws XMLStreamException {
            Row row = new Row();
            while (StaxReading.nextChild(reader)) {
                String cell = reader.getLocalName();
                if (cell.equals("RowData")) {
                    row.accountFullName = StaxReading.attribute(reader, "value");
                } else if (cell.equals("ColData")) {
                    row.cell(StaxReading.attribute(reader, "colID"), StaxReading.attribute(reader, "value"), columns,
                            rowNumber);
                }
                StaxReading.skipElement(reader);
            }
            return row;
        }

        private void cell(String colId, String value, ReportColumns columns, String rowNumber) {
            if (columns.isLabel(colId)) {
                label = value;
                return;
            }
            YearMonth month = columns.monthOf(colId);
            if (month == null || value == null || value.isBlank()) {
                return;
            }
            try {
                amounts.put(month, Money.of(value));
            } catch (NumberFormatException e) {
                throw new MalformedQbxmlException("Row " + rowNumber + " column " + colId + ": amount '" + value
                        + "' is not a number.");
            }
        }
    }
}
