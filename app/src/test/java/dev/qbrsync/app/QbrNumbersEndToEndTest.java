package dev.qbrsync.app;

import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full first sync of a 25-month MSP company over HTTP into PostgreSQL, its chart using the category names of the
 * dashboard, parent accounts with postings of their own, sub-accounts three deep, a refund line and an employee who
 * left without a release date: every one of the 14 metrics of every month must be exactly right, to the cent. The
 * expected figures are worked out here, from the metric each account belongs to by the category definitions. Its
 * quarters and years over HTTP must be the sums (employees: the average) of the months the API answers.
 */
class QbrNumbersEndToEndTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private static final YearMonth FIRST = YearMonth.of(2024, 11);
    private static final YearMonth CURRENT = YearMonth.of(2026, 11);

    /** An account, the metric it belongs to by definition, and its amount in each month. */
    private record Line(ReportSection section, String path, String metric, Function<YearMonth, BigDecimal> amount) {
    }

    private static Function<YearMonth, BigDecimal> growing(String start, String step) {
        return month -> new BigDecimal(start).add(new BigDecimal(step).multiply(BigDecimal.valueOf(index(month))));
    }

    private static Function<YearMonth, BigDecimal> everyThird(String amount) {
        return month -> index(month) % 3 == 0 ? new BigDecimal(amount) : BigDecimal.ZERO.setScale(2);
    }

    private static long index(YearMonth month) {
        return FIRST.until(month, ChronoUnit.MONTHS);
    }

    private static final List<Line> CHART = List.of(
            new Line(ReportSection.INCOME, "Monthly Recurring Revenue", "mrr", growing("250.00", "10.00")),
            new Line(ReportSection.INCOME, "Monthly Recurring Revenue:Managed Backup", "mrr", growing("1200.00", "15.50")),
            new Line(ReportSection.INCOME, "Monthly Recurring Revenue:Help Desk Plans:Tier 1", "mrr", growing("3000.00", "25.25")),
            new Line(ReportSection.INCOME, "Monthly Recurring Revenue:Help Desk Plans:Tier 2", "mrr", growing("1800.00", "0.01")),
            new Line(ReportSection.INCOME, "Monthly Recurring Revenue:Refunds", "mrr", everyThird("-125.40")),
            new Line(ReportSection.INCOME, "Other Recurring Revenue:Annual Contracts", "orr", everyThird("2400.00")),
            new Line(ReportSection.INCOME, "Other Recurring Revenue:Renewals", "orr", growing("310.00", "1.10")),
            new Line(ReportSection.INCOME, "Non-Recurring Revenue", "nrr", growing("400.00", "-3.00")),
            new Line(ReportSection.INCOME, "Non-Recurring Revenue:Projects:Network Upgrade", "nrr", everyThird("5250.75")),
            new Line(ReportSection.INCOME, "Non-Recurring Revenue:Managed Services Setup", "nrr", growing("150.00", "2.00")),
            new Line(ReportSection.INCOME, "Product Sales:Hardware", "product_sales", growing("900.00", "12.34")),
            new Line(ReportSection.INCOME, "Product Sales:Software Licences", "product_sales", growing("640.00", "3.21")),
            new Line(ReportSection.INCOME, "41000 · Consulting", "nrr", growing("700.00", "7.00")),
            new Line(ReportSection.COST_OF_GOODS_SOLD, "Cost of Goods Sold:Hardware Purchases", "product_cogs", growing("610.00", "8.80")),
            new Line(ReportSection.COST_OF_GOODS_SOLD, "Cost of Goods Sold", "product_cogs", growing("55.00", "0.50")),
            new Line(ReportSection.EXPENSE, "Payroll Expenses", "employee_expense", growing("90.00", "1.00")),
            new Line(ReportSection.EXPENSE, "Payroll Expenses:Wages", "employee_expense", growing("4200.00", "30.00")),
            new Line(ReportSection.EXPENSE, "Payroll Expenses:Payroll Taxes", "employee_expense", growing("380.00", "2.75")),
            new Line(ReportSection.EXPENSE, "Payroll Expenses:Officer Salaries", "owner_comp", growing("2000.00", "0.00")),
            new Line(ReportSection.EXPENSE, "Owner Compensation", "owner_comp", growing("500.00", "0.00")),
            new Line(ReportSection.EXPENSE, "Owner Compensation:Health Insurance", "owner_comp", growing("420.00", "1.00")),
            new Line(ReportSection.EXPENSE, "Owner Compensation:Tax Distributions", "owner_comp_taxes", everyThird("1500.00")),
            new Line(ReportSection.EXPENSE, "Employee Benefits:Health Insurance", "employee_expense", growing("610.00", "0.00")),
            new Line(ReportSection.EXPENSE, "Rent Expense", "other_expenses", growing("1800.00", "0.00")),
            new Line(ReportSection.EXPENSE, "Automobile Expense:Gasoline", "other_expenses", growing("85.37", "0.42")),
            new Line(ReportSection.OTHER_INCOME, "Interest Income", "misc_revenue", growing("3.33", "0.01")),
            new Line(ReportSection.OTHER_EXPENSE, "Penalties", "other_expenses", everyThird("35.00")));

    private static final List<FakeQuickBooks.Person> STAFF = List.of(
            new FakeQuickBooks.Person("1", "Ada", true, LocalDate.of(2019, 4, 1), null),
            new FakeQuickBooks.Person("2", "Bob", false, LocalDate.of(2025, 3, 15), LocalDate.of(2026, 2, 10)),
            new FakeQuickBooks.Person("3", "Cy", false, LocalDate.of(2020, 6, 1), null),
            new FakeQuickBooks.Person("4", "Dee", true, LocalDate.of(2026, 11, 2), null));

    private static final List<String> REVENUE = List.of("nrr", "mrr", "orr", "product_sales", "misc_revenue");
    private static final List<String> EXPENSE = List.of("employee_expense", "owner_comp", "owner_comp_taxes",
            "product_cogs", "other_expenses");

    @TempDir
    static Path dataDirectory;
    private static TestApp app;

    @BeforeAll
    static void syncTheWholeWindow() throws Exception {
        app = new TestApp(dataDirectory, CLOCK, Map.of("QBR_SYNC_WINDOW_MONTHS", "24"));
        FakeQuickBooks quickBooks = new FakeQuickBooks(CHART.stream()
                .map(line -> FakeQuickBooks.account(line.section(), line.path(), line.amount())).toList(), STAFF);
        SimulatedWebConnector.Latencies calls = new SimulatedWebConnector.Latencies();
        String outcome = new SimulatedWebConnector(app.uri("/api/qbwc"), calls, quickBooks)
                .playSession(TestApp.USER, TestApp.PASSWORD);
        assertThat(outcome).isEqualTo("Sync complete: 2 of 2 requests stored in one round trip.");
        assertThat(calls.nanosByMethod.get("sendRequestXML")).as("25 months and the employees in one round trip")
                .hasSize(1);
        assertThat(calls.nanosByMethod.get("receiveResponseXML")).hasSize(1);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, BigDecimal> expected(YearMonth month) {
        Map<String, BigDecimal> metrics = new TreeMap<>();
        REVENUE.forEach(key -> metrics.put(key, BigDecimal.ZERO.setScale(2)));
        EXPENSE.forEach(key -> metrics.put(key, BigDecimal.ZERO.setScale(2)));
        for (Line line : CHART) {
            metrics.merge(line.metric(), line.amount().apply(month), BigDecimal::add);
        }
        BigDecimal revenue = REVENUE.stream().map(metrics::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expenses = EXPENSE.stream().map(metrics::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        metrics.put("total_revenue", revenue.setScale(2));
        metrics.put("total_expenses", expenses.setScale(2));
        metrics.put("net_profit", revenue.subtract(expenses).setScale(2));
        long employees = (month.equals(CURRENT) ? 2 : 1)
                + (!month.isBefore(YearMonth.of(2025, 3)) && !month.isAfter(YearMonth.of(2026, 2)) ? 1 : 0);
        metrics.put("employees", BigDecimal.valueOf(employees).setScale(2));
        metrics.replaceAll((key, value) -> value.setScale(2));
        return metrics;
    }

    @Test
    void everyMetricOfEveryMonthIsExactlyRight() throws Exception {
        List<YearMonth> window = new ArrayList<>();
        for (YearMonth month = FIRST; !month.isAfter(CURRENT); month = month.plusMonths(1)) {
            window.add(month);
        }
        assertThat(window).hasSize(25);
        for (YearMonth month : window) {
            assertThat(new TreeMap<>(StoredMetrics.of(app.root, "1", month))).as(month.toString())
                    .isEqualTo(expected(month));
        }
    }

    @Test
    void everyReportReconciledAndOnlyTheEmployeeListWarns() throws Exception {
        try (Connection connection = app.root.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select sync_type, outcome, message from qbwc_sync_history "
                     + "order by id")) {
            List<String> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(rows.getString(1) + ":" + rows.getString(2) + ":" + rows.getString(3));
            }
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0)).startsWith("profit_loss:SUCCESS:25 months reconciled");
            assertThat(entries.get(1)).startsWith("employees:WARNING:").contains("Cy: inactive without a release date");
        }
    }

    /** The months' figures as the API answers them by month: period label → key → the months' values. */
    private static Map<String, Map<String, List<BigDecimal>>> monthsByPeriod(ApiClient api, String by) {
        Map<String, Map<String, List<BigDecimal>>> byPeriod = new TreeMap<>();
        for (JsonNode metric : api.expect(200, api.get("/api/qbwc/metrics?from=2024-11&to=2026-11")).get("metrics")) {
            YearMonth month = YearMonth.parse(metric.get("month").asText());
            String period = by.equals("year") ? Integer.toString(month.getYear())
                    : month.getYear() + "-Q" + ((month.getMonthValue() + 2) / 3);
            byPeriod.computeIfAbsent(period, label -> new TreeMap<>())
                    .computeIfAbsent(metric.get("key").asText(), key -> new ArrayList<>())
                    .add(metric.get("value").decimalValue());
        }
        return byPeriod;
    }

    @Test
    void everyQuarterAndYearOverHttpIsTheSumOfItsMonthsToTheCentAndSaysWhenMonthsAreMissing() {
        ApiClient api = new ApiClient(app, app.root.administration().apiAccess().create("quarterly review").secret());
        for (String by : List.of("quarter", "year")) {
            Map<String, Map<String, List<BigDecimal>>> months = monthsByPeriod(api, by);
            JsonNode answer = api.expect(200, api.get("/api/qbwc/metrics?by=" + by + "&from=2024-11&to=2026-11"));
            Map<String, JsonNode> seen = new HashMap<>();
            for (JsonNode figure : answer.get("metrics")) {
                String period = figure.get(by).asText();
                String key = figure.get("key").asText();
                List<BigDecimal> values = months.get(period).get(key);
                BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal expected = key.equals("employees")
                        ? sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP) : sum;
                assertThat(figure.get("value").decimalValue()).as(period + " " + key).isEqualByComparingTo(expected);
                assertThat(figure.get("months").asInt()).as(period + " " + key).isEqualTo(values.size());
                assertThat(figure.get("complete").asBoolean()).as(period + " " + key)
                        .isEqualTo(values.size() == (by.equals("year") ? 12 : 3));
                seen.put(period + " " + key, figure);
            }
            assertThat(seen).hasSize(months.size() * 14);
        }
        JsonNode quarters = api.expect(200, api.get("/api/qbwc/metrics?by=quarter&from=2024-11&to=2026-11"));
        assertThat(quarters.get("metrics").findValuesAsText("quarter")).containsOnly("2024-Q4", "2025-Q1",
                "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        // Employees in 2025-Q1: Ada in January and February; Ada and Bob (hired 15 March) in March: 4 / 3.
        assertThat(StreamSupport.stream(quarters.get("metrics").spliterator(), false)
                .filter(figure -> figure.get("quarter").asText().equals("2025-Q1")
                        && figure.get("key").asText().equals("employees"))
                .findFirst().orElseThrow().get("value").decimalValue()).isEqualByComparingTo("1.33");
    }

    @Test
    void theReviewOfAQuarterOverHttpWorksItsKpisAndChangesOutFromItsMonths() {
        ApiClient api = new ApiClient(app,
                app.root.administration().apiAccess().create("quarterly review kpis").secret());
        Map<String, Map<String, List<BigDecimal>>> months = monthsByPeriod(api, "quarter");
        java.util.function.BiFunction<String, String, BigDecimal> sum = (quarter, key) -> months.get(quarter).get(key)
                .stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        JsonNode period = api.expect(200, api.get("/api/qbwc/review?by=quarter&from=2026-06&to=2026-06"))
                .get("periods").get(0);

        assertThat(period.get("period").asText()).isEqualTo("2026-Q2");
        assertThat(period.get("complete").asBoolean()).isTrue();
        JsonNode netProfitPct = period.get("kpis").get(0);
        assertThat(netProfitPct.get("key").asText()).isEqualTo("net_profit_pct");
        BigDecimal netProfit = sum.apply("2026-Q2", "net_profit");
        assertThat(netProfitPct.get("value").decimalValue()).isEqualByComparingTo(
                netProfit.divide(sum.apply("2026-Q2", "total_revenue"), 4, RoundingMode.HALF_UP));
        JsonNode revenue = period.get("metrics").get(10);
        assertThat(revenue.get("key").asText()).isEqualTo("total_revenue");
        BigDecimal now = sum.apply("2026-Q2", "total_revenue");
        BigDecimal yearEarlier = sum.apply("2025-Q2", "total_revenue");
        assertThat(revenue.get("yearEarlier").decimalValue()).isEqualByComparingTo(yearEarlier);
        assertThat(revenue.get("changeFromYearEarlier").get("absolute").decimalValue())
                .isEqualByComparingTo(now.subtract(yearEarlier));
        assertThat(revenue.get("changeFromPrevious").get("absolute").decimalValue())
                .isEqualByComparingTo(now.subtract(sum.apply("2026-Q1", "total_revenue")));

        JsonNode current = api.expect(200, api.get("/api/qbwc/review?by=quarter&from=2026-11&to=2026-11"))
                .get("periods").get(0);
        assertThat(current.get("complete").asBoolean()).as("December 2026 is not stored").isFalse();
        assertThat(current.get("metrics").get(10).get("changeFromPrevious").isNull()).isTrue();

        String csv = api.get("/api/qbwc/metrics.csv?by=quarter&from=2026-04&to=2026-12").body();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains("\r\n2026-Q2," + sum.apply("2026-Q2", "nrr").toPlainString() + ",")
                .contains(",true\r\n2026-Q3,").endsWith(",false\r\n");
    }
}
