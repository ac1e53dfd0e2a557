package dev.qbrsync.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL the replaced service's users were told to run, and the dashboard's read, verbatim against the embedded
 * database after a sync: each runs and returns what its users expect.
 */
class DashboardSqlTest {
    /** Running time from 2026-02-10, so audit rows are in order. */
    private static final Clock CLOCK = Clock.offset(Clock.systemUTC(),
            java.time.Duration.between(Instant.now(), Instant.parse("2026-02-10T15:00:00Z")));

    @TempDir
    static Path dataDirectory;
    private static TestApp app;

    @BeforeAll
    static void sync() throws Exception {
        app = new TestApp(dataDirectory, CLOCK, Map.of());
        new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies())
                .playSession(TestApp.USER, TestApp.PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<Map<String, String>> run(String sql, Object... parameters) throws SQLException {
        try (Connection connection = app.root.database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, String>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        row.put(result.getMetaData().getColumnName(i), result.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    @Test
    void theMappingsComeOrderedByMetricKey() throws Exception {
        List<Map<String, String>> mappings = run("SELECT * FROM qbwc_account_mappings ORDER BY qbr_metric_key;");

        assertThat(mappings).hasSize(88);
        assertThat(mappings).extracting(row -> row.get("qbr_metric_key")).isSorted();
        assertThat(mappings.get(0)).containsKeys("id", "organization_id", "qbr_metric_key", "qb_account_pattern",
                "match_type", "is_active", "notes", "created_at", "updated_at");
    }

    @Test
    void theLastProfitAndLossParsedDataIsTheReportWithItsMonths() throws Exception {
        List<Map<String, String>> parsed = run("SELECT parsed_data FROM qbwc_sync_history WHERE sync_type = "
                + "'profit_loss' ORDER BY created_at DESC LIMIT 1;");

        assertThat(parsed).singleElement().satisfies(row -> assertThat(row.get("parsed_data"))
                .contains("\"months\": [\"2025-12\", \"2026-01\", \"2026-02\"]").contains("Managed Services")
                .contains("\"netIncome\""));
    }

    @Test
    void theLatestWebConnectorAuditRowsComeNewestFirst() throws Exception {
        List<Map<String, String>> audit = run("SELECT * FROM qbr_audit_log WHERE action LIKE 'qbwc%' ORDER BY "
                + "timestamp DESC LIMIT 20;");

        assertThat(audit).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(audit).allSatisfy(row -> assertThat(row.get("action")).startsWith("qbwc"));
        assertThat(audit.get(0).get("action")).isEqualTo("qbwc.closeConnection");
        assertThat(audit).extracting(row -> row.get("user_email")).contains(TestApp.USER);
    }

    @Test
    void theDashboardReadReturnsTheFourteenMetricsOfAMonth() throws Exception {
        List<Map<String, String>> month = run("SELECT metric_name, metric_value FROM qbr_metrics_monthly WHERE "
                + "period = ? AND organization_id = ?", "2026-01", 1);

        assertThat(month).extracting(row -> row.get("metric_name")).containsExactlyInAnyOrder("nrr", "mrr", "orr",
                "product_sales", "misc_revenue", "employee_expense", "owner_comp", "owner_comp_taxes", "product_cogs",
                "other_expenses", "total_revenue", "total_expenses", "net_profit", "employees");
        assertThat(month).filteredOn(row -> row.get("metric_name").equals("mrr"))
                .singleElement().satisfies(row -> assertThat(row.get("metric_value")).isEqualTo("1100.00"));
    }
}
