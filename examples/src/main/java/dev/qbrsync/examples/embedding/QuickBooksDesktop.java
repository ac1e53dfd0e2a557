package dev.qbrsync.examples.embedding;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company file on the other side of the Web Connector, written by hand: it answers each qbXML request the core
 * sends with the Profit &amp; Loss of the months asked for (one Income account per month) and its employee list.
 */
public final class QuickBooksDesktop {
    private static final Pattern REQUEST_ID = Pattern.compile("requestID=\"([^\"]+)\"");
    private static final DateTimeFormatter COLUMN_TITLE = DateTimeFormatter.ofPattern("MMM yy", Locale.US);
    private final String account;
    private final Map<YearMonth, BigDecimal> income = new LinkedHashMap<>();
    private final List<String> employees = new ArrayList<>();

    public QuickBooksDesktop(String incomeAccount) {
        this.account = incomeAccount;
    }

    public QuickBooksDesktop income(YearMonth month, String amount) {
        income.put(month, new BigDecimal(amount));
        return this;
    }

    public QuickBooksDesktop employee(String name) {
        employees.add(name);
        return this;
    }

    /** The qbXML QuickBooks answers {@code request} with: one response per requestID, in order. */
    public String answer(String request) {
        StringBuilder reply = new StringBuilder("<?xml version=\"1.0\"?><QBXML><QBXMLMsgsRs>");
        Matcher ids = REQUEST_ID.matcher(request);
        while (ids.find()) {
            String id = ids.group(1);
            reply.append(id.equals("EMPLOYEES") ? employeeList() : profitAndLoss(id));
        }
        return reply.append("</QBXMLMsgsRs></QBXML>").toString();
    }

    /** {@code id} is {@code PNL:2026-02..2026-03}: the months asked for. */
    private String profitAndLoss(String id) {
        String[] range = id.substring("PNL:".length()).split("\\.\\.");
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.parse(range[0]); !month.isAfter(YearMonth.parse(range[1]));
             month = month.plusMonths(1)) {
            months.add(month);
        }
        StringBuilder columns = new StringBuilder("<ColDesc colID=\"1\"><ColType>Label</ColType></ColDesc>");
        StringBuilder amounts = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            String colId = Integer.toString(i + 2);
            columns.append("<ColDesc colID=\"").append(colId).append("\"><ColTitle titleRow=\"1\" value=\"")
                    .append(COLUMN_TITLE.format(months.get(i))).append("\"/><ColType>Amount</ColType></ColDesc>");
            amounts.append("<ColData colID=\"").append(colId).append("\" value=\"")
                    .append(income.getOrDefault(months.get(i), BigDecimal.ZERO).toPlainString()).append("\"/>");
        }
        return "<GeneralSummaryReportQueryRs requestID=\"" + id + "\" statusCode=\"0\" statusSeverity=\"Info\">"
                + "<ReportRet><ReportTitle>Profit &amp; Loss</ReportTitle><ReportBasis>Accrual</ReportBasis>"
                + columns + "<ReportData><TextRow rowNumber=\"1\" value=\"Income\"/>"
                + "<DataRow rowNumber=\"2\"><RowData rowType=\"account\" value=\"" + account + "\"/>"
                + "<ColData colID=\"1\" value=\"" + account + "\"/>" + amounts + "</DataRow>"
                + "<TotalRow rowNumber=\"3\"><ColData colID=\"1\" value=\"Net Income\"/>" + amounts + "</TotalRow>"
                + "</ReportData></ReportRet></GeneralSummaryReportQueryRs>";
    }

    private String employeeList() {
        StringBuilder list = new StringBuilder(
                "<EmployeeQueryRs requestID=\"EMPLOYEES\" statusCode=\"0\" statusSeverity=\"Info\">");
        for (int i = 0; i < employees.size(); i++) {
            list.append("<EmployeeRet><ListID>8000000").append(i + 1).append("-1</ListID><Name>")
                    .append(employees.get(i)).append("</Name><IsActive>true</IsActive></EmployeeRet>");
        }
        return list.append("</EmployeeQueryRs>").toString();
    }
}
