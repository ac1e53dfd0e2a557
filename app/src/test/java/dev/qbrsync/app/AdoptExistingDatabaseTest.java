package dev.qbrsync.app;

import dev.qbrsync.persistence.EmbeddedPostgresDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QBR_DATABASE_URL pointed at the dashboard database the replaced service used: QBR Sync adopts its tables in place,
 * loses nothing, rewrites nothing a person wrote, and a sync then shows in the dashboard's own read.
 */
class AdoptExistingDatabaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);
    private static final String DASHBOARD_READ =
            "SELECT metric_name, metric_value FROM qbr_metrics_monthly WHERE period = ? AND organization_id = ?";

    @TempDir
    static Path dataDirectory;
    private static String jdbcUrl;
    private static TestApp app;

    @BeforeAll
    static void adoptAndSync() throws Exception {
        jdbcUrl = replacedServiceDatabase();
        app = new TestApp(dataDirectory, CLOCK, Map.of("QBR_DATABASE_URL", jdbcUrl, "QBR_DATABASE_USER", "postgres",
                "QBR_DATABASE_PASSWORD", "postgres"));
        String outcome = new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies())
                .playSession(TestApp.USER, TestApp.PASSWORD);
        assertThat(outcome).startsWith("Sync complete");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String replacedServiceDatabase() throws SQLException, IOException {
        String name = "dashboard_" + System.nanoTime();
        try (Connection admin = EmbeddedPostgresDatabases.server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = EmbeddedPostgresDatabases.jdbcUrl(name);
        try (InputStream script = AdoptExistingDatabaseTest.class.getResourceAsStream("/legacy/replaced-service-schema.sql");
             Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
        return url;
    }

    private static List<String> rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(result.getString(i));
                }
                rows.add(String.join("|", cells));
            }
            return rows;
        }
    }

    private static Map<String, BigDecimal> dashboardRead(String period) throws SQLException {
        Map<String, BigDecimal> metrics = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement statement = connection.prepareStatement(DASHBOARD_READ)) {
            statement.setString(1, period);
            statement.setInt(2, 1);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    assertThat(metrics.put(result.getString(1), result.getBigDecimal(2)))
                            .as("one value per metric").isNull();
                }
            }
        }
        return metrics;
    }

    @Test
    void theDashboardReadReturnsTheNewMonth() throws Exception {
        Map<String, BigDecimal> february = dashboardRead("2026-02");

        assertThat(february).hasSize(14).containsEntry("mrr", new BigDecimal("1200.00"))
                .containsEntry("nrr", new BigDecimal("500.00")).containsEntry("net_profit", new BigDecimal("801.50"));
        assertThat(rows("select distinct v.name, m.data_source from qbr_metrics_monthly m join vendor v "
                + "on v.id = m.vendor_id where m.period = '2026-02'"))
                .containsExactlyInAnyOrder("QuickBooks|quickbooks", "QuickBooks|calculated");
    }

    @Test
    void nothingIsLostAndWhatAPersonWroteIsNotRewritten() throws Exception {
        assertThat(rows("select metric_value, data_source, manually_entered_by, notes, vendor_id from "
                + "qbr_metrics_monthly where period = '2026-01' and metric_name = 'employees'"))
                .containsExactly("7.00|manual|cfo@acme.example|two contractors counted|null");
        assertThat(dashboardRead("2026-01")).containsEntry("employees", new BigDecimal("7.00"));
        assertThat(rows("select metric_value from qbr_metrics_monthly where period = '2025-11' and metric_name = 'mrr'"))
                .containsExactly("4100.00");
        assertThat(rows("select metric_value from qbr_metrics_monthly where metric_name = 'csat'"))
                .containsExactly("97.50");
        assertThat(rows("select name from organization")).containsExactly("Acme MSP");
        assertThat(rows("select count(*) from qbwc_sync_sessions where ticket = '5f0c1f1e-7d1c-4f1a-9c53-2b8e3f8a1d11'"))
                .containsExactly("1");
        assertThat(rows("select parsed_data::text from qbwc_sync_history where id = 1"))
                .containsExactly("{\"accounts\": [{\"name\": \"Managed Services\", \"total\": 950.0}]}");
        assertThat(rows("select action from qbr_audit_log where action = 'qbwc_authenticate'")).hasSize(1);
    }

    @Test
    void thePersonsValueIsKeptAndTheHistorySaysWhatQuickBooksWouldHaveWritten() throws Exception {
        assertThat(rows("select message from qbwc_sync_history where sync_type = 'employees' order by id desc limit 1"))
                .singleElement().asString().contains("2026-01 employees kept at 7.00 (entered by cfo@acme.example)")
                .contains("QuickBooks would have written 2.00");
        String token = app.root.apiAccess().create("adoption").secret();
        HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/api/qbwc/status"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(status.body()).contains("\"company\":\"1\"");
    }

    @Test
    void theReplacedServicesRulesAreConvertedAndRankedAndOursAdded() throws Exception {
        assertThat(rows("select qbr_metric_key, qb_account_pattern, match_type, priority from qbwc_account_mappings "
                + "where organization_id = 1 order by id"))
                .containsExactly("mrr|Managed Services|contains|10", "mrr|Recurring|contains|10",
                        "nrr|Professional Services|contains|10", "orr|Help Desk|contains|100");
        assertThat(rows("select count(*) from qbwc_account_mappings where organization_id is null"))
                .containsExactly("88");
        assertThat(dashboardRead("2026-02")).as("the replaced service's Recurring rule no longer decides")
                .containsEntry("mrr", new BigDecimal("1200.00"));
    }

    @Test
    void aMappingChangeRecalculatesButKeepsThePersonsValue() throws Exception {
        String token = app.root.apiAccess().create("rules").secret();
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        app.uri("/api/qbwc/mappings")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"pattern\":\"Consulting\",\"matchType\":\"exact\","
                        + "\"metric\":\"orr\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        try {
            assertThat(dashboardRead("2026-02")).containsEntry("orr", new BigDecimal("500.00"))
                    .containsEntry("nrr", new BigDecimal("0.00"));
            assertThat(dashboardRead("2026-01")).containsEntry("employees", new BigDecimal("7.00"));
        } finally {
            String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/api/qbwc/mappings/" + id))
                    .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(dashboardRead("2026-02")).containsEntry("nrr", new BigDecimal("500.00"));
    }
}
