package dev.qbrsync.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README "Switching from the Python service", played on the replaced service's database as its migrations, its syncs
 * and its people left it: QBR Sync started on it the way {@code serve} starts (a JVM of its own) adopts it without a
 * warning, a Web Connector session over HTTP then stores the right numbers, every row that was there is still there,
 * what people wrote is untouched, and the SQL of the dashboard and of the service's users works. Each subclass plays
 * it on one form of the metrics' uniqueness.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReplacedDatabaseAdoption {
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneOffset.UTC);
    /** The tables the replaced service's database had, and the rows it held: kept, whatever adoption adds. */
    private static final List<String> ADOPTED_TABLES = List.of("organization", "vendor", "qbr_metrics_monthly",
            "qbr_metrics_quarterly", "qbwc_account_mappings", "qbwc_sync_sessions", "qbwc_sync_history",
            "qbr_audit_log");
    private static final String DASHBOARD_READ =
            "SELECT metric_name, metric_value FROM qbr_metrics_monthly WHERE period = '%s' AND organization_id = 1";

    private ReplacedServiceDatabase database;
    private Map<String, List<Map<String, String>>> before;
    private AppProcess app;
    private String firstStartLog;
    private String outcome;

    abstract ReplacedServiceDatabase.Uniqueness uniqueness();

    @BeforeAll
    void adoptAndSync(@TempDir Path dataDirectory) throws Exception {
        database = ReplacedServiceDatabase.create(uniqueness());
        before = new LinkedHashMap<>();
        for (String table : ADOPTED_TABLES) {
            before.put(table, database.records("SELECT * FROM " + table + " ORDER BY id"));
        }
        Map<String, String> environment = new HashMap<>(TestApp.environment(dataDirectory));
        environment.putAll(database.settings());
        app = AppProcess.serve(environment);
        firstStartLog = app.output();
        outcome = new SimulatedWebConnector(app.endpoint(), new SimulatedWebConnector.Latencies())
                .playSession(TestApp.USER, TestApp.PASSWORD);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (app != null) {
            app.terminate();
        }
    }

    private static String monthsAgo(int months) {
        return THIS_MONTH.minusMonths(months).toString();
    }

    private Map<String, BigDecimal> dashboardRead(int monthsAgo) throws SQLException {
        Map<String, BigDecimal> metrics = new HashMap<>();
        for (Map<String, String> row : database.records(DASHBOARD_READ.formatted(monthsAgo(monthsAgo)))) {
            assertThat(metrics.put(row.get("metric_name"), new BigDecimal(row.get("metric_value"))))
                    .as("one value per metric").isNull();
        }
        return metrics;
    }

    /**
     * What the simulated company's QuickBooks says of a month (Managed Services 1000 in 2025-12 and 100 more each
     * month, Consulting 500, Interest 1.50, COGS 200, Wages 400, Rent 300; two employees), under the rules in force:
     * the person's own rule puts Consulting under ORR.
     */
    private static Map<String, BigDecimal> quickBooksFigures(int monthsAgo) {
        long managedServices = 1000 + 100 * YearMonth.of(2025, 12).until(THIS_MONTH.minusMonths(monthsAgo),
                ChronoUnit.MONTHS);
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put("mrr", money(managedServices));
        figures.put("nrr", money(0));
        figures.put("orr", money(500));
        figures.put("product_sales", money(0));
        figures.put("misc_revenue", new BigDecimal("1.50"));
        figures.put("employee_expense", money(400));
        figures.put("owner_comp", money(0));
        figures.put("owner_comp_taxes", money(0));
        figures.put("product_cogs", money(200));
        figures.put("other_expenses", money(300));
        figures.put("total_revenue", money(managedServices + 500).add(new BigDecimal("1.50")));
        figures.put("total_expenses", money(900));
        figures.put("net_profit", money(managedServices + 500 - 200 - 400 - 300).add(new BigDecimal("1.50")));
        figures.put("employees", money(2));
        return figures;
    }

    private static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    @Test
    void theFirstStartAdoptsTheDatabaseWithoutAWarningAndTheSyncCompletes() {
        assertThat(firstStartLog.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
                .as("warnings and errors of the first start").isEmpty();
        assertThat(outcome).startsWith("Sync complete");
    }

    @Test
    void theNumbersOfEveryFetchedMonthAreQuickBooksUnderTheRulesInForce() throws Exception {
        assertThat(dashboardRead(0)).isEqualTo(quickBooksFigures(0));
        Map<String, BigDecimal> lastMonth = quickBooksFigures(1);
        lastMonth.put("mrr", new BigDecimal("1234.00"));
        lastMonth.put("employees", new BigDecimal("7.00"));
        assertThat(dashboardRead(1)).as("the values people entered stand").isEqualTo(lastMonth);
        Map<String, BigDecimal> twoMonthsAgo = quickBooksFigures(2);
        if (uniqueness() == ReplacedServiceDatabase.Uniqueness.PARTIAL_INDEXES) {
            twoMonthsAgo.put("employees", new BigDecimal("6.00"));
        }
        assertThat(dashboardRead(2)).as("the service's own earlier figures are replaced").isEqualTo(twoMonthsAgo);
        assertThat(database.rows("SELECT DISTINCT v.name, m.data_source FROM qbr_metrics_monthly m JOIN vendor v "
                + "ON v.id = m.vendor_id WHERE m.period = '" + monthsAgo(0) + "'"))
                .containsExactlyInAnyOrder("QuickBooks|quickbooks", "QuickBooks|calculated");
    }

    @Test
    void everyRowThatWasThereIsStillThereAndOnlyTheSyncsOwnFiguresOfFetchedMonthsChanged() throws Exception {
        for (String table : ADOPTED_TABLES) {
            List<Map<String, String>> after = database.records("SELECT * FROM " + table + " ORDER BY id");
            Map<String, Map<String, String>> afterById = new HashMap<>();
            after.forEach(row -> afterById.put(row.get("id"), row));
            for (Map<String, String> row : before.get(table)) {
                assertThat(afterById).as(table + " row " + row.get("id")).containsKey(row.get("id"));
                if (!rewrittenOnPurpose(table, row)) {
                    assertThat(afterById.get(row.get("id"))).as(table + " row " + row.get("id"))
                            .containsAllEntriesOf(row);
                }
            }
        }
    }

    /**
     * What adoption and a sync change on purpose: the service's rules (converted to QBR Sync's match types) and the
     * figures the service itself had stored for a month the sync fetches again. Never a row a person wrote.
     */
    private boolean rewrittenOnPurpose(String table, Map<String, String> row) {
        if (table.equals("qbwc_account_mappings")) {
            return true;
        }
        return table.equals("qbr_metrics_monthly") && row.get("manually_entered_by") == null
                && List.of("quickbooks", "calculated").contains(row.get("data_source"))
                && THIS_MONTH.minusMonths(2).toString().compareTo(row.get("period")) <= 0;
    }

    @Test
    void theHistorySaysWhichValuesOfPeopleWereKeptAndWhatQuickBooksWouldHaveWritten() throws Exception {
        assertThat(database.rows("SELECT message FROM qbwc_sync_history WHERE sync_type = 'profit_loss' "
                + "ORDER BY id DESC LIMIT 1")).singleElement().asString()
                .contains(monthsAgo(1) + " mrr kept at 1234.00 (entered by cfo@acme.example)")
                .contains("QuickBooks would have written " + quickBooksFigures(1).get("mrr"));
        assertThat(database.rows("SELECT message FROM qbwc_sync_history WHERE sync_type = 'employees' "
                + "ORDER BY id DESC LIMIT 1")).singleElement().asString()
                .contains(monthsAgo(1) + " employees kept at 7.00 (entered by cfo@acme.example)");
    }

    @Test
    void theServicesRulesAreConvertedAndRankedBelowOursAndThePersonsRuleDecides() throws Exception {
        assertThat(database.rows("SELECT qbr_metric_key, qb_account_pattern, match_type, priority "
                + "FROM qbwc_account_mappings WHERE organization_id = 1 ORDER BY id"))
                .hasSize(23).startsWith("mrr|Managed Services|contains|10", "mrr|Recurring|contains|10")
                .endsWith("orr|Consulting|contains|100");
        assertThat(database.rows("SELECT count(*) FROM qbwc_account_mappings WHERE organization_id IS NULL"))
                .containsExactly("88");
    }

    @Test
    void theSqlOfTheDashboardAndOfTheServicesUsersWorks() throws Exception {
        assertThat(database.records("SELECT * FROM qbwc_account_mappings ORDER BY qbr_metric_key;"))
                .hasSize(23 + 88).extracting(row -> row.get("qbr_metric_key")).isSorted();
        assertThat(database.rows("SELECT parsed_data FROM qbwc_sync_history WHERE sync_type = 'profit_loss' "
                + "ORDER BY created_at DESC LIMIT 1;")).singleElement().asString()
                .contains("\"months\": [\"" + monthsAgo(2) + "\", \"" + monthsAgo(1) + "\", \"" + monthsAgo(0));
        List<Map<String, String>> audit = database.records("SELECT * FROM qbr_audit_log WHERE action LIKE 'qbwc%' "
                + "ORDER BY timestamp DESC LIMIT 20;");
        assertThat(audit).hasSizeBetween(3, 20).allSatisfy(row -> assertThat(row.get("action")).startsWith("qbwc"));
        assertThat(audit.get(0).get("action")).isEqualTo("qbwc.closeConnection");
        assertThat(audit).extracting(row -> row.get("action")).as("the replaced service's entries, oldest last")
                .endsWith("qbwc_authenticate", "qbwc_authenticate");
    }

    @Test
    void adoptionChangedWhatItSaysAndKeptTheFormOfTheUniqueness() throws Exception {
        assertThat(database.rows("SELECT conname FROM pg_constraint WHERE conrelid = 'qbwc_account_mappings'::regclass "
                + "AND contype = 'c' ORDER BY conname")).containsExactly("qbwc_account_mappings_match_type");
        assertThat(database.rows("SELECT conname FROM pg_constraint WHERE conrelid = 'qbwc_sync_sessions'::regclass "
                + "AND contype = 'c'")).containsExactly("chk_qbwc_session_status");
        List<String> uniqueIndexes = database.rows("SELECT indexname FROM pg_indexes WHERE tablename = "
                + "'qbr_metrics_monthly' AND indexdef LIKE 'CREATE UNIQUE%' AND indexname NOT LIKE '%pkey' "
                + "ORDER BY indexname");
        if (uniqueness() == ReplacedServiceDatabase.Uniqueness.PARTIAL_INDEXES) {
            assertThat(uniqueIndexes).containsExactly("idx_qbr_metrics_monthly_unique_with_vendor",
                    "idx_qbr_metrics_monthly_unique_without_vendor");
        } else {
            assertThat(uniqueIndexes).containsExactly("uq_metrics_monthly_period_metric_org_vendor");
        }
        assertThat(database.rows("SELECT version, description FROM flyway_schema_history WHERE version IN ('0', '1.1') "
                + "ORDER BY installed_rank")).containsExactly("0|adopted dashboard tables",
                "1.1|replaced service constraints");
    }
}
