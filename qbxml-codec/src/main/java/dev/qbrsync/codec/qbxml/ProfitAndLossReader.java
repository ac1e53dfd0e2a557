package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a GeneralSummaryReportQueryRs Profit and Loss into the core's report. ReportData is a flat list whose
 * nesting is implied by order: a section's TextRow opens it, DataRows are its accounts (RowData holds the full
 * name), SubtotalRows and TotalRows are sums and never accounts, and the TotalRow "Net Income" closes the report.
 */
public final class ProfitAndLossReader {
    private static final Map<String, ReportSection> SECTION_TITLES = sectionTitles();

    public QuickBooksResponse read(String qbxml, List<YearMonth> months) {
        try (QbxmlDocument document = QbxmlDocument.open(qbxml)) {
            QbxmlStatus status = document.moveToResponse("GeneralSummaryReportQueryRs");
            if (status.isError()) {
                return new QuickBooksResponse.Refused(status);
            }
            if (status.isNoMatch()) {
                return new QuickBooksResponse.ProfitAndLossReceived(status,
                        new ProfitAndLossReport(months, List.of(), Map.of(), ReportBasis.ACCRUAL));
            }
            return new QuickBooksResponse.ProfitAndLossReceived(status, readReport(document.reader(), months));
        } catch (XMLStreamException e) {
            throw QbxmlDocument.unreadable(e);
        }
    }

    private ProfitAndLossReport readReport(XMLStreamReader reader, List<YearMonth> months) throws XMLStreamException {
        ReportColumns columns = new ReportColumns();
        ReportBasis basis = ReportBasis.ACCRUAL;
        List<AccountLine> accounts = new ArrayList<>();
        Map<YearMonth, BigDecimal> netIncome = new HashMap<>();
        boolean sawReport = false;
        while (StaxReading.nextChild(reader)) {
            if (!reader.getLocalName().equals("ReportRet")) {
                StaxReading.skipElement(reader);
                continue;
            }
            sawReport = true;
            while (StaxReading.nextChild(reader)) {
                switch (reader.getLocalName()) {
                    case "ReportBasis" -> basis = basis(reader.getElementText());
                    case "ColDesc" -> readColumn(reader, columns);
                    case "ReportData" -> {
                        columns.assign(months);
                        readRows(reader, columns, accounts, netIncome);
                    }
                    default -> StaxReading.skipElement(reader);
                }
            }
        }
        if (!sawReport) {
            throw new MalformedQbxmlException("The report response has no ReportRet.");
        }
        return new ProfitAndLossReport(months, accounts, netIncome, basis);
    }

    private static void readColumn(XMLStreamReader reader, ReportColumns columns) throws XMLStreamException {
        String colId = StaxReading.attribute(reader, "colID");
        String title = null;
        String type = null;
        while (StaxReading.nextChild(reader)) {
            if (reader.getLocalName().equals("ColTitle")) {
                String value = StaxReading.attribute(reader, "value");
                title = title == null || title.isEmpty() ? value : title + " " + value;
                StaxReading.skipElement(reader);
            } else if (reader.getLocalName().equals("ColType")) {
                type = reader.getElementText();
            } else {
                StaxReading.skipElement(reader);
            }
        }
        columns.describe(colId, title, type);
    }

    private static void readRows(XMLStreamReader reader, ReportColumns columns, List<AccountLine> accounts,
                                 Map<YearMonth, BigDecimal> netIncome) throws XMLStreamException {
        ReportSection section = null;
        while (StaxReading.nextChild(reader)) {
            String rowKind = reader.getLocalName();
            String rowNumber = StaxReading.attribute(reader, "rowNumber");
            switch (rowKind) {
                case "TextRow" -> {
                    ReportSection opened = sectionOf(StaxReading.attribute(reader, "value"));
                    section = opened == null ? section : opened;
                    StaxReading.skipElement(reader);
                }
                case "DataRow" -> {
                    Row row = Row.read(reader, columns, rowNumber);
                    if (row.accountFullName == null) {
                        continue;
                    }
                    if (section == null) {
                        throw new MalformedQbxmlException("Row " + rowNumber + " (account '" + row.accountFullName
                                + "') is outside any Profit and Loss section.");
                    }
                    accounts.add(new AccountLine(row.accountFullName, section, row.amounts));
                }
                case "TotalRow" -> {
                    Row row = Row.read(reader, columns, rowNumber);
                    if (row.label != null && row.label.trim().equalsIgnoreCase("Net Income")) {
                        netIncome.putAll(row.amounts);
                    }
                }
                default -> StaxReading.skipElement(reader);
            }
        }
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

    private static ReportSection sectionOf(String title) {
        return title == null ? null : SECTION_TITLES.get(title.trim().toLowerCase(Locale.ROOT));
    }

    private static ReportBasis basis(String text) {
        return text.trim().equalsIgnoreCase("Cash") ? ReportBasis.CASH : ReportBasis.ACCRUAL;
    }

    private static Map<String, ReportSection> sectionTitles() {
        Map<String, ReportSection> titles = new HashMap<>();
        for (ReportSection section : ReportSection.values()) {
            titles.put(section.title().toLowerCase(Locale.ROOT), section);
        }
        titles.put("expenses", ReportSection.EXPENSE);
        titles.put("other expenses", ReportSection.OTHER_EXPENSE);
        titles.put("cost of sales", ReportSection.COST_OF_GOODS_SOLD);
        return Map.copyOf(titles);
    }
}
