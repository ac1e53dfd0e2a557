package dev.qbrsync.app;

import dev.qbrsync.core.report.ReportSection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * QuickBooks as a test sees it: answers our qbXML request messages the way QuickBooks Desktop does, from a chart of
 * accounts with an amount per month and an employee list. P&L reports have a column per month titled as QuickBooks
 * titles them ({@code Jan 26}), a TOTAL column, section and parent TextRows, sub-accounts, the parent's own
 * "- Other" line, parent and section subtotals, Gross Profit, Net Ordinary Income, Net Other Income and Net Income;
 * every response carries the requestID it answers.
 */
final class FakeQuickBooks {
    private static final Pattern REPORT_REQUEST = Pattern.compile("<GeneralSummaryReportQueryRq requestID=\"([^\"]+)\">"
            + ".*?<FromReportDate>(\\d{4}-\\d{2})-\\d{2}</FromReportDate><ToReportDate>(\\d{4}-\\d{2})-\\d{2}"
            + "</ToReportDate>", Pattern.DOTALL);
    private static final Pattern EMPLOYEE_REQUEST = Pattern.compile("<EmployeeQueryRq requestID=\"([^\"]+)\">");
    private static final Pattern COMPANY_REQUEST = Pattern.compile("<CompanyQueryRq requestID=\"([^\"]+)\">"
            + "<OwnerID>([^<]+)</OwnerID></CompanyQueryRq>");
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    /** One account: its section, its path as shown (parents first), and its amount in each month. */
    record Account(ReportSection section, List<String> path, Function<YearMonth, BigDecimal> amount) {
        String fullName() {
            return String.join(":", path);
        }
    }

    record Person(String listId, String name, boolean active, LocalDate hired, LocalDate released) {
    }

    /**
     * The company file QuickBooks has open: its company name, its path, and the FileID the Web Connector wrote into it
     * for the application with that OwnerID when its .qwc was added (both empty when none was).
     */
    record CompanyFile(String companyName, String path, String ownerId, String fileId) {
        static final CompanyFile ACME = new CompanyFile("Acme MSP", "C:\\Acme.QBW", "", "");

        CompanyFile withFileId(String owner, String id) {
            return new CompanyFile(companyName, path, owner, id);
        }
    }

    /** The QuickBooks itself: its product name, edition and the qbXML versions it lists. */
    record Host(String product, String country, List<String> versions) {
        static final Host PRO_2024 = new Host("QuickBooks Pro 2024", "US", List.of("12.0", "13.0", "16.0"));
    }

    /** An error status QuickBooks answers every P&L request with, instead of a report; null for none. */
    private record ReportError(int code, String message) {
    }

    private final List<Account> accounts;
    private final List<Person> employees;
    private final CompanyFile file;
    private final Host host;
    private final ReportError reportError;
    /** Answers to the other requests of a message (jobs' queries): their response elements, "" for none. */
    private final Function<String, String> otherAnswers;

    FakeQuickBooks(List<Account> accounts, List<Person> employees) {
        this(accounts, employees, CompanyFile.ACME, Host.PRO_2024, null, request -> "");
    }

    private FakeQuickBooks(List<Account> accounts, List<Person> employees, CompanyFile file, Host host,
                           ReportError reportError, Function<String, String> otherAnswers) {
        this.accounts = List.copyOf(accounts);
        this.employees = List.copyOf(employees);
        this.file = file;
        this.host = host;
        this.reportError = reportError;
        this.otherAnswers = otherAnswers;
    }

    /** The same books, also answering other requests of a message with what {@code answers} makes of it. */
    FakeQuickBooks answeringAlso(Function<String, String> answers) {
        return new FakeQuickBooks(accounts, employees, file, host, reportError, answers);
    }

    /** The same books, in another company file. */
    FakeQuickBooks withFile(CompanyFile openFile) {
        return new FakeQuickBooks(accounts, employees, openFile, host, reportError, otherAnswers);
    }

    /** The same books, in another QuickBooks. */
    FakeQuickBooks withHost(Host quickBooks) {
        return new FakeQuickBooks(accounts, employees, file, quickBooks, reportError, otherAnswers);
    }

    /** The same books, but QuickBooks answers every P&L request with this error and no report. */
    FakeQuickBooks refusingReports(int statusCode, String message) {
        return new FakeQuickBooks(accounts, employees, file, host, new ReportError(statusCode, message),
                otherAnswers);
    }

    CompanyFile file() {
        return file;
    }

    Host host() {
        return host;
    }

    static Account account(ReportSection section, String path, Function<YearMonth, BigDecimal> amount) {
        return new Account(section, List.of(path.split(":")), amount);
    }

    static Function<YearMonth, BigDecimal> each(String amount) {
        BigDecimal value = new BigDecimal(amount);
        return month -> value;
    }

    /** The answer to one request message: a response per request in it, in order. */
    String answer(String requestMessage) {
        StringBuilder responses = new StringBuilder();
        Matcher company = COMPANY_REQUEST.matcher(requestMessage);
        if (company.find()) {
            responses.append(companyResponse(company.group(1), company.group(2)));
        }
        Matcher report = REPORT_REQUEST.matcher(requestMessage);
        Matcher employee = EMPLOYEE_REQUEST.matcher(requestMessage);
        List<int[]> order = new ArrayList<>();
        while (report.find()) {
            order.add(new int[] {report.start(), 0});
        }
        while (employee.find()) {
            order.add(new int[] {employee.start(), 1});
        }
        order.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] request : order) {
            if (request[1] == 0) {
                report.find(request[0]);
                responses.append(profitAndLoss(report.group(1), months(report.group(2), report.group(3))));
            } else {
                employee.find(request[0]);
                responses.append(employeeList(employee.group(1)));
            }
        }
        responses.append(otherAnswers.apply(requestMessage));
        return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs>" + responses + "</QBXMLMsgsRs></QBXML>";
    }

    String hostResponse() {
        return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><HostQueryRs requestID=\"0\" statusCode=\"0\" "
                + "statusSeverity=\"Info\"><HostRet><ProductName>" + host.product() + "</ProductName><Country>"
                + host.country() + "</Country>" + host.versions().stream().map(version -> "<SupportedQBXMLVersion>"
                        + version + "</SupportedQBXMLVersion>").collect(java.util.stream.Collectors.joining())
                + "</HostRet></HostQueryRs>" + companyResponse("1", file.ownerId()) + "</QBXMLMsgsRs></QBXML>";
    }

    /** The company, with the FileID the Web Connector keeps in the file under {@code ownerId} when it holds one. */
    private String companyResponse(String requestId, String ownerId) {
        boolean holdsFileId = !file.fileId().isEmpty() && file.ownerId().equalsIgnoreCase(ownerId);
        return "<CompanyQueryRs requestID=\"" + requestId + "\" statusCode=\"0\"><CompanyRet><CompanyName>"
                + file.companyName() + "</CompanyName>"
                + (holdsFileId ? "<DataExtRet><OwnerID>" + file.ownerId() + "</OwnerID><DataExtName>"
                        + "FileID</DataExtName><DataExtType>STR255TYPE</DataExtType><DataExtValue>" + file.fileId()
                        + "</DataExtValue></DataExtRet>" : "")
                + "</CompanyRet></CompanyQueryRs>";
    }

    List<Account> accounts() {
        return accounts;
    }

    /** The Net Income QuickBooks would print for a month. */
    BigDecimal netIncome(YearMonth month) {
        BigDecimal total = BigDecimal.ZERO;
        for (Account account : accounts) {
            BigDecimal amount = account.amount().apply(month);
            total = account.section().isRevenue() ? total.add(amount) : total.subtract(amount);
        }
        return total;
    }

    private static List<YearMonth> months(String from, String to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.parse(from); !month.isAfter(YearMonth.parse(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private String profitAndLoss(String requestId, List<YearMonth> months) {
        if (reportError != null) {
            return "<GeneralSummaryReportQueryRs requestID=\"" + requestId + "\" statusCode=\"" + reportError.code()
                    + "\" statusSeverity=\"Error\" statusMessage=\"" + reportError.message() + "\"/>";
        }
        Rows rows = new Rows(months);
        StringBuilder xml = new StringBuilder("<GeneralSummaryReportQueryRs requestID=\"" + requestId + "\" statusCode=\"0\" "
                + "statusSeverity=\"Info\" statusMessage=\"Status OK\"><ReportRet><ReportTitle>Profit &amp; Loss"
                + "</ReportTitle><ReportSubtitle>" + months.get(0) + " through " + months.get(months.size() - 1)
                + "</ReportSubtitle><ReportBasis>Accrual</ReportBasis><NumColumns>" + (months.size() + 2)
                + "</NumColumns><ColDesc colID=\"1\" dataType=\"STRTYPE\"><ColTitle titleRow=\"1\"/><ColType>Label"
                + "</ColType></ColDesc>");
        for (int i = 0; i < months.size(); i++) {
            xml.append("<ColDesc colID=\"").append(i + 2).append("\" dataType=\"AMTTYPE\"><ColTitle titleRow=\"1\" "
                    + "value=\"").append(months.get(i).format(TITLE)).append("\"/><ColType>Amount</ColType></ColDesc>");
        }
        xml.append("<ColDesc colID=\"").append(months.size() + 2).append("\" dataType=\"AMTTYPE\"><ColTitle "
                + "titleRow=\"1\" value=\"TOTAL\"/><ColType>Amount</ColType></ColDesc><ReportData>");
        Map<ReportSection, BigDecimal[]> sectionTotals = new EnumMap<>(ReportSection.class);
        rows.text("Ordinary Income/Expense");
        for (ReportSection section : List.of(ReportSection.INCOME, ReportSection.COST_OF_GOODS_SOLD,
                ReportSection.EXPENSE)) {
            sectionTotals.put(section, section(rows, section));
        }
        rows.summary("Gross Profit", minus(sectionTotals.get(ReportSection.INCOME),
                sectionTotals.get(ReportSection.COST_OF_GOODS_SOLD)));
        BigDecimal[] ordinary = minus(minus(sectionTotals.get(ReportSection.INCOME),
                sectionTotals.get(ReportSection.COST_OF_GOODS_SOLD)), sectionTotals.get(ReportSection.EXPENSE));
        rows.summary("Net Ordinary Income", ordinary);
        rows.text("Other Income/Expense");
        sectionTotals.put(ReportSection.OTHER_INCOME, section(rows, ReportSection.OTHER_INCOME));
        sectionTotals.put(ReportSection.OTHER_EXPENSE, section(rows, ReportSection.OTHER_EXPENSE));
        BigDecimal[] other = minus(sectionTotals.get(ReportSection.OTHER_INCOME),
                sectionTotals.get(ReportSection.OTHER_EXPENSE));
        rows.summary("Net Other Income", other);
        rows.row("TotalRow", null, "Net Income", plus(ordinary, other));
        return xml.append(rows.xml).append("</ReportData></ReportRet></GeneralSummaryReportQueryRs>").toString();
    }

    /** Writes a section with its parent groups; returns its total per month. */
    private BigDecimal[] section(Rows rows, ReportSection section) {
        List<Account> inSection = accounts.stream().filter(account -> account.section() == section).toList();
        BigDecimal[] total = rows.zeros();
        if (inSection.isEmpty()) {
            return total;
        }
        rows.text(section.title());
        total = group(rows, inSection, List.of());
        rows.summary("Total " + section.title(), total);
        return total;
    }

    /** Writes the accounts under {@code parent}: leaves, sub-groups (TextRow, children, "- Other", subtotal). */
    private BigDecimal[] group(Rows rows, List<Account> accounts, List<String> parent) {
        BigDecimal[] total = rows.zeros();
        Map<String, List<Account>> byChild = new LinkedHashMap<>();
        for (Account account : accounts) {
            if (account.path().size() > parent.size()) {
                byChild.computeIfAbsent(account.path().get(parent.size()), name -> new ArrayList<>()).add(account);
            }
        }
        for (Map.Entry<String, List<Account>> child : byChild.entrySet()) {
            List<String> path = new ArrayList<>(parent);
            path.add(child.getKey());
            List<Account> below = child.getValue();
            Account own = below.stream().filter(account -> account.path().equals(path)).findFirst().orElse(null);
            if (own != null && below.size() == 1) {
                total = plus(total, rows.account(String.join(":", path), child.getKey(), own));
                continue;
            }
            rows.text(child.getKey());
            BigDecimal[] subtotal = group(rows, below.stream().filter(account -> account != own).toList(), path);
            if (own != null) {
                subtotal = plus(subtotal, rows.account(String.join(":", path), child.getKey() + " - Other", own));
            }
            rows.row("SubtotalRow", String.join(":", path), "Total " + child.getKey(), subtotal);
            total = plus(total, subtotal);
        }
        return total;
    }

    private String employeeList(String requestId) {
        StringBuilder xml = new StringBuilder("<EmployeeQueryRs requestID=\"" + requestId + "\" statusCode=\"0\" "
                + "statusSeverity=\"Info\" statusMessage=\"Status OK\">");
        for (Person person : employees) {
            xml.append("<EmployeeRet><ListID>").append(person.listId()).append("</ListID><Name>").append(person.name())
                    .append("</Name><IsActive>").append(person.active()).append("</IsActive>");
            if (person.hired() != null) {
                xml.append("<HiredDate>").append(person.hired()).append("</HiredDate>");
            }
            if (person.released() != null) {
                xml.append("<ReleasedDate>").append(person.released()).append("</ReleasedDate>");
            }
            xml.append("</EmployeeRet>");
        }
        return xml.append("</EmployeeQueryRs>").toString();
    }

    private static BigDecimal[] plus(BigDecimal[] left, BigDecimal[] right) {
        BigDecimal[] sum = new BigDecimal[left.length];
        for (int i = 0; i < left.length; i++) {
            sum[i] = left[i].add(right[i]);
        }
        return sum;
    }

    private static BigDecimal[] minus(BigDecimal[] left, BigDecimal[] right) {
        BigDecimal[] difference = new BigDecimal[left.length];
        for (int i = 0; i < left.length; i++) {
            difference[i] = left[i].subtract(right[i]);
        }
        return difference;
    }

    /** ReportData rows, numbered, with sparse cells: a zero amount is left out as QuickBooks leaves it out. */
    private static final class Rows {
        private final StringBuilder xml = new StringBuilder();
        private final List<YearMonth> monthList;
        private final int months;
        private int number;

        Rows(List<YearMonth> months) {
            this.monthList = months;
            this.months = months.size();
        }

        BigDecimal[] zeros() {
            BigDecimal[] zeros = new BigDecimal[months];
            java.util.Arrays.fill(zeros, BigDecimal.ZERO);
            return zeros;
        }

        void text(String value) {
            xml.append("<TextRow rowNumber=\"").append(++number).append("\" value=\"").append(escape(value))
                    .append("\"/>");
        }

        BigDecimal[] account(String fullName, String label, Account account) {
            BigDecimal[] amounts = new BigDecimal[months];
            for (int i = 0; i < months; i++) {
                amounts[i] = account.amount().apply(monthList.get(i));
            }
            row("DataRow", fullName, label, amounts);
            return amounts;
        }

        void summary(String label, BigDecimal[] amounts) {
            row("SubtotalRow", null, label, amounts);
        }

        void row(String kind, String fullName, String label, BigDecimal[] amounts) {
            xml.append('<').append(kind).append(" rowNumber=\"").append(++number).append("\">");
            if (fullName != null) {
                xml.append("<RowData rowType=\"account\" value=\"").append(escape(fullName)).append("\"/>");
            }
            xml.append("<ColData colID=\"1\" value=\"").append(escape(label)).append("\"/>");
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < months; i++) {
                total = total.add(amounts[i]);
                if (amounts[i].signum() != 0) {
                    xml.append("<ColData colID=\"").append(i + 2).append("\" value=\"").append(amounts[i].toPlainString())
                            .append("\"/>");
                }
            }
            xml.append("<ColData colID=\"").append(months + 2).append("\" value=\"").append(total.toPlainString())
                    .append("\"/></").append(kind).append('>');
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        }
    }
}
