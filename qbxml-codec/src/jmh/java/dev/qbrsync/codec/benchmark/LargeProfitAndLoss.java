package dev.qbrsync.codec.benchmark;

import dev.qbrsync.core.plan.SyncTask;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Generates a GeneralSummaryReportQueryRs the way QuickBooks writes a monthly P&L: 12 month columns plus TOTAL,
 * parents with sub-accounts, "- Other" rows, subtotals, blank cells and the Net Income total row.
 */
final class LargeProfitAndLoss {
    static final SyncTask.ProfitAndLoss YEAR_2025 = new SyncTask.ProfitAndLoss(YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    private static final int MONTHS = 12;
    private static final int TOTAL_COLUMN = MONTHS + 2;
    private static final String[] SECTIONS = {"Income", "Cost of Goods Sold", "Expense", "Other Income", "Other Expense"};

    private LargeProfitAndLoss() {
    }

    /** A report with about {@code accounts} account rows. */
    static String withAccounts(int accounts) {
        StringBuilder xml = new StringBuilder(accounts * 900);
        xml.append("<?xml version=\"1.0\" ?>\n<QBXML>\n<QBXMLMsgsRs>\n<GeneralSummaryReportQueryRs requestID=\"1\"")
                .append(" statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"Status OK\">\n<ReportRet>\n")
                .append("<ReportTitle>Profit &amp; Loss</ReportTitle>\n<ReportBasis>Accrual</ReportBasis>\n")
                .append("<ColDesc colID=\"1\" dataType=\"STRTYPE\"><ColTitle titleRow=\"1\" /><ColType>Label</ColType></ColDesc>\n");
        DateTimeFormatter title = DateTimeFormatter.ofPattern("MMM yy", Locale.US);
        for (int month = 0; month < MONTHS; month++) {
            xml.append("<ColDesc colID=\"").append(month + 2).append("\" dataType=\"AMTTYPE\"><ColTitle titleRow=\"1\" value=\"")
                    .append(YEAR_2025.first().plusMonths(month).format(title)).append("\" /><ColType>Amount</ColType></ColDesc>\n");
        }
        xml.append("<ColDesc colID=\"").append(TOTAL_COLUMN)
                .append("\" dataType=\"AMTTYPE\"><ColTitle titleRow=\"1\" value=\"TOTAL\" /><ColType>Amount</ColType></ColDesc>\n")
                .append("<ReportData>\n");
        int row = 0;
        int perSection = Math.max(1, accounts / SECTIONS.length);
        for (String section : SECTIONS) {
            xml.append("<TextRow rowNumber=\"").append(++row).append("\" value=\"").append(section).append("\" />\n");
            for (int parent = 0; parent < perSection / 4; parent++) {
                String parentName = (40000 + parent) + " \u00B7 " + section + " group " + parent;
                xml.append("<TextRow rowNumber=\"").append(++row).append("\" value=\"").append(parentName).append("\" />\n");
                for (int child = 0; child < 3; child++) {
                    row = dataRow(xml, row, parentName + ":Sub-account " + child, "Sub-account " + child, parent + child);
                }
                row = dataRow(xml, row, parentName, parentName + " - Other", parent);
                row = amountRow(xml, "SubtotalRow", row, "Total " + parentName, parent);
            }
            row = amountRow(xml, "SubtotalRow", row, "Total " + section, 7);
        }
        amountRow(xml, "TotalRow", row, "Net Income", 3);
        xml.append("</ReportData>\n</ReportRet>\n</GeneralSummaryReportQueryRs>\n</QBXMLMsgsRs>\n</QBXML>\n");
        return xml.toString();
    }

    private static int dataRow(StringBuilder xml, int row, String fullName, String label, int seed) {
        xml.append("<DataRow rowNumber=\"").append(++row).append("\">\n<RowData rowType=\"account\" value=\"")
                .append(fullName).append("\" />\n");
        cells(xml, label, seed);
        xml.append("</DataRow>\n");
        return row;
    }

    private static int amountRow(StringBuilder xml, String kind, int row, String label, int seed) {
        xml.append('<').append(kind).append(" rowNumber=\"").append(++row).append("\">\n");
        cells(xml, label, seed);
        xml.append("</").append(kind).append(">\n");
        return row;
    }

    /** The label, eleven of twelve months (one blank, as QuickBooks leaves out empty cells) and the total. */
    private static void cells(StringBuilder xml, String label, int seed) {
        xml.append("<ColData colID=\"1\" value=\"").append(label).append("\" />\n");
        for (int month = 0; month < MONTHS; month++) {
            if ((month + seed) % MONTHS == 5) {
                continue;
            }
            xml.append("<ColData colID=\"").append(month + 2).append("\" value=\"")
                    .append((seed % 3 == 0 ? "-" : "")).append(1000 + seed * 37 + month).append('.')
                    .append(10 + month).append("\" />\n");
        }
        xml.append("<ColData colID=\"").append(TOTAL_COLUMN).append("\" value=\"123456.78\" />\n");
    }
}
