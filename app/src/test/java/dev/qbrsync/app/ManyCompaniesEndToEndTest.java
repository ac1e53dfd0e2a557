package dev.qbrsync.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three companies added over the API, each with its own chart of accounts, staff and company file, synced by three Web
 * Connectors at the same time over HTTP into one PostgreSQL: every stored metric of every company must be its own to
 * the cent. Then a rule of one company changes only its metrics, a token limited to one company is refused the others,
 * and one company's .qwc opened against another's file stores nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManyCompaniesEndToEndTest {
    private static final MutableClock CLOCK = MutableClock.utc("2026-11-20T12:00:00Z");
    private static final List<YearMonth> WINDOW = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10),
            YearMonth.of(2026, 11));
    private static final List<String> REVENUE = List.of("nrr", "mrr", "orr", "product_sales", "misc_revenue");
    private static final List<String> EXPENSE = List.of("employee_expense", "owner_comp", "owner_comp_taxes",
            "product_cogs", "other_expenses");

    /** An account, the metric it belongs to by definition, and its amount in each month. */
    private record Line(ReportSection section, String path, String metric, Function<YearMonth, BigDecimal> amount) {
    }

    /** A company as set up here: its name, Web Connector user, chart and staff. */
    private record Books(String name, String user, List<Line> chart, int staff) {

        FakeQuickBooks quickBooks(String ownerId, String fileId) {
            List<FakeQuickBooks.Person> people = new ArrayList<>();
            for (int person = 1; person <= staff; person++) {
                people.add(new FakeQuickBooks.Person(String.valueOf(person), name + " person " + person, true,
                        LocalDate.of(2020, 1, person), null));
            }
            return new FakeQuickBooks(chart.stream()
                    .map(line -> FakeQuickBooks.account(line.section(), line.path(), line.amount())).toList(), people)
                    .withFile(new FakeQuickBooks.CompanyFile(name + " Inc", "C:\\Books\\" + name + ".QBW", ownerId,
                            fileId));
        }
    }

    private static Function<YearMonth, BigDecimal> growing(String start, String step) {
        return month -> new BigDecimal(start).add(new BigDecimal(step)
                .multiply(BigDecimal.valueOf(WINDOW.get(0).until(month, java.time.temporal.ChronoUnit.MONTHS))));
    }

    private static final Books NORTHWIND = new Books("Northwind", "northwind", List.of(
            new Line(ReportSection.INCOME, "Monthly Recurring Revenue:Managed Backup", "mrr", growing("5200.00", "40.00")),
            new Line(ReportSection.INCOME, "Product Sales:Hardware", "product_sales", growing("1300.25", "-10.00")),
            new Line(ReportSection.COST_OF_GOODS_SOLD, "Cost of Goods Sold:Hardware Purchases", "product_cogs",
                    growing("800.00", "5.55")),
            new Line(ReportSection.EXPENSE, "Payroll Expenses:Wages", "employee_expense", growing("3100.00", "0.00")),
            new Line(ReportSection.EXPENSE, "Rent Expense", "other_expenses", growing("1200.00", "0.00")),
            new Line(ReportSection.OTHER_INCOME, "Interest Income", "misc_revenue", growing("2.10", "0.01"))), 2);
    private static final Books CONTOSO = new Books("Contoso", "contoso", List.of(
            new Line(ReportSection.INCOME, "Non-Recurring Revenue:Projects:Network Upgrade", "nrr",
                    growing("9000.00", "-1000.00")),
            new Line(ReportSection.INCOME, "Other Recurring Revenue:Renewals", "orr", growing("450.00", "1.10")),
            new Line(ReportSection.EXPENSE, "Owner Compensation", "owner_comp", growing("2500.00", "0.00")),
            new Line(ReportSection.EXPENSE, "Payroll Expenses:Payroll Taxes", "employee_expense", growing("310.40", "2.00")),
            new Line(ReportSection.OTHER_INCOME, "Interest Income", "misc_revenue", growing("15.00", "0.00"))), 4);
    private static final Books FABRIKAM = new Books("Fabrikam", "fabrikam", List.of(
            new Line(ReportSection.INCOME, "Monthly Recurring Revenue", "mrr", growing("700.00", "7.00")),
            new Line(ReportSection.INCOME, "Monthly Recurring Revenue:Help Desk Plans:Tier 1", "mrr",
                    growing("2100.00", "25.25")),
            new Line(ReportSection.EXPENSE, "Owner Compensation:Tax Distributions", "owner_comp_taxes",
                    growing("600.00", "0.00")),
            new Line(ReportSection.EXPENSE, "Automobile Expense:Gasoline", "other_expenses", growing("85.37", "0.42"))),
            1);

    @TempDir
    static Path dataDirectory;
    private static TestApp app;
    private static ApiClient admin;
    private static final Map<Books, String> IDS = new LinkedHashMap<>();
    private static final Map<Books, FakeQuickBooks> FILES = new LinkedHashMap<>();

    @BeforeAll
    static void threeCompaniesAddedOverTheApi() {
        app = new TestApp(dataDirectory, CLOCK, Map.of("QBR_SYNC_WINDOW_MONTHS", "2"));
        admin = new ApiClient(app, app.root.administration().apiAccess().create("admin").secret());
        for (Books books : List.of(NORTHWIND, CONTOSO, FABRIKAM)) {
            JsonNode company = admin.expect(201, admin.send("POST", "/api/qbwc/companies", "{\"name\":\""
                    + books.name() + "\",\"qbwcUser\":\"" + books.user() + "\",\"password\":\"" + password(books)
                    + "\"}"));
            assertThat(company.has("password")).isFalse();
            IDS.put(books, company.get("id").asText());
            FILES.put(books, books.quickBooks(app.root.administration().ownerId(), company.get("qwcFileId").asText()));
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String password(Books books) {
        return books.user() + " web connector password";
    }

    private static String sync(Books user, FakeQuickBooks openFile) throws Exception {
        return new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies(), openFile)
                .playSession(user.user(), password(user));
    }

    private static Map<String, BigDecimal> expected(Books books, YearMonth month) {
        Map<String, BigDecimal> metrics = new TreeMap<>();
        REVENUE.forEach(key -> metrics.put(key, BigDecimal.ZERO));
        EXPENSE.forEach(key -> metrics.put(key, BigDecimal.ZERO));
        books.chart().forEach(line -> metrics.merge(line.metric(), line.amount().apply(month), BigDecimal::add));
        BigDecimal revenue = REVENUE.stream().map(metrics::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expenses = EXPENSE.stream().map(metrics::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        metrics.put("total_revenue", revenue);
        metrics.put("total_expenses", expenses);
        metrics.put("net_profit", revenue.subtract(expenses));
        metrics.put("employees", BigDecimal.valueOf(books.staff()));
        metrics.replaceAll((key, value) -> value.setScale(2));
        return metrics;
    }

    private static Map<String, BigDecimal> stored(Books books, YearMonth month) throws Exception {
        return new TreeMap<>(StoredMetrics.of(app.root, IDS.get(books), month));
    }

    @Test
    @Order(1)
    void threeConcurrentFullSyncsStoreEveryCompanysOwnMetricsToTheCent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<String>> sessions = FILES.entrySet().stream()
                    .map(entry -> (Callable<String>) () -> sync(entry.getKey(), entry.getValue())).toList();
            for (Future<String> outcome : pool.invokeAll(sessions)) {
                assertThat(outcome.get()).startsWith("Sync complete");
            }
        } finally {
            pool.shutdownNow();
        }

        for (Books books : IDS.keySet()) {
            for (YearMonth month : WINDOW) {
                assertThat(stored(books, month)).as(books.name() + " " + month).isEqualTo(expected(books, month));
            }
        }
        JsonNode companies = admin.expect(200, admin.get("/api/qbwc/companies"));
        assertThat(companies.findValuesAsText("name")).contains("Northwind", "Contoso", "Fabrikam");
        assertThat(companies.findValues("boundFile")).filteredOn(file -> !file.isNull()).hasSize(3);
    }

    @Test
    @Order(2)
    void aCompanysOwnRuleChangesOnlyThatCompanysMetrics() throws Exception {
        Map<Books, Map<YearMonth, Map<String, BigDecimal>>> before = new LinkedHashMap<>();
        for (Books books : IDS.keySet()) {
            Map<YearMonth, Map<String, BigDecimal>> months = new TreeMap<>();
            for (YearMonth month : WINDOW) {
                months.put(month, stored(books, month));
            }
            before.put(books, months);
        }

        JsonNode rule = admin.expect(201, admin.send("POST", "/api/qbwc/mappings", "{\"pattern\":\"Interest Income\","
                + "\"matchType\":\"exact\",\"metric\":\"nrr\",\"company\":\"" + IDS.get(CONTOSO) + "\"}"));

        assertThat(rule.get("company").asText()).isEqualTo(IDS.get(CONTOSO));
        for (YearMonth month : WINDOW) {
            Map<String, BigDecimal> contoso = stored(CONTOSO, month);
            Map<String, BigDecimal> was = before.get(CONTOSO).get(month);
            assertThat(contoso.get("misc_revenue")).isEqualByComparingTo("0.00");
            assertThat(contoso.get("nrr")).isEqualByComparingTo(was.get("nrr").add(was.get("misc_revenue")));
            assertThat(contoso.get("total_revenue")).isEqualByComparingTo(was.get("total_revenue"));
            assertThat(stored(NORTHWIND, month)).isEqualTo(before.get(NORTHWIND).get(month));
            assertThat(stored(FABRIKAM, month)).isEqualTo(before.get(FABRIKAM).get(month));
        }
        assertThat(admin.expect(200, admin.get("/api/qbwc/mappings?company=" + IDS.get(NORTHWIND))).toString())
                .doesNotContain("\"company\":\"" + IDS.get(CONTOSO) + "\"");
    }

    @Test
    @Order(3)
    void aTokenLimitedToOneCompanyIsRefusedEveryOtherAndEverySharedRule() {
        String northwind = IDS.get(NORTHWIND);
        ApiClient limited = new ApiClient(app, app.root.administration().apiAccess()
                .create("northwind finance", java.util.Set.of(CompanyId.of(northwind))).secret());

        assertThat(limited.expect(200, limited.get("/api/qbwc/metrics")).get("company").asText()).isEqualTo(northwind);
        assertThat(limited.expect(200, limited.get("/api/qbwc/companies")).findValuesAsText("id"))
                .containsExactly(northwind);
        assertThat(limited.expect(200, limited.get("/api/qbwc/status")).findValuesAsText("company"))
                .containsExactly(northwind);
        for (String path : List.of("/api/qbwc/metrics?company=", "/api/qbwc/accounts?company=",
                "/api/qbwc/history?company=", "/api/qbwc/mappings?company=", "/api/qbwc/companies/")) {
            assertThat(limited.get(path + IDS.get(CONTOSO)).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(limited.send("POST", "/api/qbwc/mappings", "{\"pattern\":\"Rent\",\"matchType\":\"exact\","
                + "\"metric\":\"nrr\"}").statusCode()).as("a shared rule").isEqualTo(403);
        assertThat(limited.send("POST", "/api/qbwc/companies", "{\"name\":\"X\",\"qbwcUser\":\"x\","
                + "\"password\":\"long enough\"}").statusCode()).isEqualTo(403);
        assertThat(limited.send("POST", "/api/qbwc/mappings", "{\"pattern\":\"Rent Expense\",\"matchType\":\"exact\","
                + "\"metric\":\"other_expenses\",\"company\":\"" + northwind + "\"}").statusCode()).isEqualTo(201);
        assertThat(StoredAudit.entries(app.root.database()))
                .anyMatch(entry -> entry.startsWith("api GET /api/qbwc/metrics:DENIED:"));
    }

    @Test
    @Order(4)
    void oneCompanysQwcOpenedAgainstAnothersFileIsRefusedAuditedAndStoresNothing() throws Exception {
        CLOCK.advance(Duration.ofDays(1));
        Map<YearMonth, Map<String, BigDecimal>> northwindBefore = new TreeMap<>();
        Map<YearMonth, Map<String, BigDecimal>> contosoBefore = new TreeMap<>();
        for (YearMonth month : WINDOW) {
            northwindBefore.put(month, stored(NORTHWIND, month));
            contosoBefore.put(month, stored(CONTOSO, month));
        }
        long historyBefore = historyRows();

        String outcome = sync(NORTHWIND, FILES.get(CONTOSO));

        assertThat(outcome).startsWith("Sync failed").contains("'Northwind'", "'Contoso Inc'");
        assertThat(historyRows()).isEqualTo(historyBefore);
        for (YearMonth month : WINDOW) {
            assertThat(stored(NORTHWIND, month)).isEqualTo(northwindBefore.get(month));
            assertThat(stored(CONTOSO, month)).isEqualTo(contosoBefore.get(month));
        }
        assertThat(StoredAudit.entries(app.root.database())).anyMatch(entry ->
                entry.startsWith("qbwc.sendRequestXML:DENIED:") && entry.contains("Contoso Inc"));
        assertThat(sync(NORTHWIND, FILES.get(NORTHWIND))).as("its own file still syncs").startsWith("Sync complete");
    }

    private static long historyRows() {
        return app.root.database().autonomousDsl().fetchCount(app.root.database().autonomousDsl()
                .selectOne().from("qbwc_sync_history"));
    }
}
