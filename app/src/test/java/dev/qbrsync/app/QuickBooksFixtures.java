package dev.qbrsync.app;

import java.time.YearMonth;
import java.util.List;

/** qbXML as QuickBooks would answer our requests, made for the months a test asks about. */
final class QuickBooksFixtures {

    private QuickBooksFixtures() {
    }

    static String hostResponse() {
        return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><HostQueryRs requestID=\"0\" statusCode=\"0\" "
                + "statusSeverity=\"Info\"><HostRet><ProductName>QuickBooks Pro 2024</ProductName><Country>US</Country>"
                + "<SupportedQBXMLVersion>12.0</SupportedQBXMLVersion><SupportedQBXMLVersion>13.0</SupportedQBXMLVersion>"
                + "<SupportedQBXMLVersion>16.0</SupportedQBXMLVersion></HostRet></HostQueryRs><CompanyQueryRs "
                + "requestID=\"1\" statusCode=\"0\"><CompanyRet><CompanyName>Acme MSP</CompanyName></CompanyRet>"
                + "</CompanyQueryRs></QBXMLMsgsRs></QBXML>";
    }

    /**
     * A monthly P&L: Managed Services 1000 + 100×i, Consulting 500, COGS 200, Wages 400, Rent 300, Interest 1.50 in
     * month i (0-based), with a TOTAL column and the Net Income QuickBooks would print.
     */
    static String profitAndLoss(List<YearMonth> months) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><GeneralSummaryReportQueryRs "
                + "statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"Status OK\"><ReportRet>"
                + "<ReportTitle>Profit &amp; Loss</ReportTitle><ReportBasis>Accrual</ReportBasis>"
                + "<ColDesc colID=\"1\" dataType=\"STRTYPE\"><ColTitle titleRow=\"1\"/><ColType>Label</ColType></ColDesc>");
        for (int i = 0; i < months.size(); i++) {
            xml.append("<ColDesc colID=\"").append(i + 2).append("\" dataType=\"AMTTYPE\"><ColTitle titleRow=\"1\" value=\"")
                    .append(months.get(i)).append("\"/><ColType>Amount</ColType></ColDesc>");
        }
        xml.append("<ColDesc colID=\"").append(months.size() + 2).append("\" dataType=\"AMTTYPE\"><ColTitle titleRow=\"1\" "
                + "value=\"TOTAL\"/><ColType>Amount</ColType></ColDesc><ReportData>");
        xml.append("<TextRow rowNumber=\"1\" value=\"Ordinary Income/Expense\"/><TextRow rowNumber=\"2\" value=\"Income\"/>");
        row(xml, "40000 · Managed Services", months, i -> (1000 + 100 * i) + ".00");
        row(xml, "Consulting", months, i -> "500.00");
        xml.append("<TextRow rowNumber=\"3\" value=\"Cost of Goods Sold\"/>");
        row(xml, "Cost of Goods Sold", months, i -> "200.00");
        xml.append("<TextRow rowNumber=\"4\" value=\"Expense\"/>");
        row(xml, "Payroll Expenses:Wages", months, i -> "400.00");
        row(xml, "Rent", months, i -> "300.00");
        xml.append("<TextRow rowNumber=\"5\" value=\"Other Income\"/>");
        row(xml, "Interest Income", months, i -> "1.50");
        xml.append("<TotalRow rowNumber=\"99\"><ColData colID=\"1\" value=\"Net Income\"/>");
        for (int i = 0; i < months.size(); i++) {
            xml.append("<ColData colID=\"").append(i + 2).append("\" value=\"").append(601.5 + 100 * i).append("\"/>");
        }
        return xml.append("</TotalRow></ReportData></ReportRet></GeneralSummaryReportQueryRs></QBXMLMsgsRs></QBXML>")
                .toString();
    }

    static String employees() {
        return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><EmployeeQueryRs statusCode=\"0\" statusSeverity=\"Info\">"
                + "<EmployeeRet><ListID>1</ListID><Name>Ada</Name><IsActive>true</IsActive><HiredDate>2020-01-06"
                + "</HiredDate></EmployeeRet><EmployeeRet><ListID>2</ListID><Name>Bob</Name><IsActive>true</IsActive>"
                + "<HiredDate>2021-03-01</HiredDate></EmployeeRet><EmployeeRet><ListID>3</ListID><Name>Cy</Name>"
                + "<IsActive>false</IsActive><HiredDate>2019-05-01</HiredDate><ReleasedDate>2025-12-20</ReleasedDate>"
                + "</EmployeeRet></EmployeeQueryRs></QBXMLMsgsRs></QBXML>";
    }

    private static void row(StringBuilder xml, String account, List<YearMonth> months,
                            java.util.function.IntFunction<String> amount) {
        xml.append("<DataRow rowNumber=\"10\"><RowData rowType=\"account\" value=\"").append(account)
                .append("\"/><ColData colID=\"1\" value=\"").append(account).append("\"/>");
        for (int i = 0; i < months.size(); i++) {
            xml.append("<ColData colID=\"").append(i + 2).append("\" value=\"").append(amount.apply(i)).append("\"/>");
        }
        xml.append("</DataRow>");
    }
}
