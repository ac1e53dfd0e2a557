package dev.qbrsync.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.qbrsync.app.WebConnectorClient.result;
import static dev.qbrsync.app.WebConnectorClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP and real PostgreSQL: a complete Web Connector conversation, then what it left
 * in the database and the REST API, then the second run, a wrong password, garbage and a missing token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);
    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    @TempDir
    static Path dataDirectory;
    private static TestApp app;
    private static WebConnectorClient qbwc;

    @BeforeAll
    static void start() {
        app = new TestApp(dataDirectory, CLOCK, Map.of());
        qbwc = new WebConnectorClient(app.uri("/api/qbwc"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, BigDecimal> metricsOf(YearMonth month) throws SQLException {
        return StoredMetrics.of(app.root, "1", month);
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Connection connection = app.root.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    @Order(1)
    void aCompleteWebConnectorSessionStoresTheMonthlyMetrics() throws Exception {
        assertThat(result(qbwc.call("serverVersion"), "serverVersionResult")).startsWith("QBR Sync");
        assertThat(qbwc.call("clientVersion", "strVersion", "2.3.0.215")).contains("<clientVersionResult></clientVersionResult>");
        List<String> authenticated = strings(qbwc.call("authenticate", "strUserName", TestApp.USER,
                "strPassword", TestApp.PASSWORD));
        String ticket = authenticated.get(0);
        assertThat(ticket).hasSize(32);
        assertThat(authenticated.get(1)).isEmpty();

        String request = result(qbwc.call("sendRequestXML", "ticket", ticket, "strHCPResponse",
                QuickBooksFixtures.hostResponse(), "strCompanyFileName", "C:\\Company\\Acme.QBW", "qbXMLCountry",
                "US", "qbXMLMajorVers", "16", "qbXMLMinorVers", "0"), "sendRequestXMLResult");
        assertThat(request).contains("<?qbxml version=\"13.0\"?>").contains("<FromReportDate>2025-12-01")
                .contains("<ToReportDate>2026-02-28").contains("<EmployeeQueryRq");
        assertThat(result(qbwc.call("receiveResponseXML", "ticket", ticket, "response",
                QuickBooksFixtures.answer(request), "hresult", "", "message", ""),
                "receiveResponseXMLResult")).as("everything in one round trip").isEqualTo("100");
        assertThat(result(qbwc.call("closeConnection", "ticket", ticket), "closeConnectionResult"))
                .isEqualTo("Sync complete: 2 of 2 requests stored in one round trip.");

        Map<String, BigDecimal> december = metricsOf(DEC);
        assertThat(december).containsEntry("mrr", new BigDecimal("1000.00"))
                .containsEntry("nrr", new BigDecimal("500.00"))
                .containsEntry("misc_revenue", new BigDecimal("1.50"))
                .containsEntry("product_cogs", new BigDecimal("200.00"))
                .containsEntry("employee_expense", new BigDecimal("400.00"))
                .containsEntry("other_expenses", new BigDecimal("300.00"))
                .containsEntry("total_revenue", new BigDecimal("1501.50"))
                .containsEntry("total_expenses", new BigDecimal("900.00"))
                .containsEntry("net_profit", new BigDecimal("601.50"))
                .containsEntry("employees", new BigDecimal("3.00"))
                .hasSize(14);
        assertThat(metricsOf(FEB)).containsEntry("mrr", new BigDecimal("1200.00"))
                .containsEntry("net_profit", new BigDecimal("801.50")).containsEntry("employees", new BigDecimal("2.00"));
        assertThat(column("select sync_type || ':' || outcome from qbwc_sync_history order by id"))
                .containsExactly("profit_loss:SUCCESS", "employees:SUCCESS");
        assertThat(column("select action || ':' || outcome from qbr_audit_log order by id"))
                .contains("qbwc.authenticate:SUCCESS", "qbwc.receiveResponseXML:SUCCESS", "qbwc.closeConnection:SUCCESS");
        assertThat(column("select details::text || coalesce(failure_reason, '') from qbr_audit_log")).noneMatch(detail -> detail.contains(ticket)
                || detail.contains(TestApp.PASSWORD));
    }

    @Test
    @Order(2)
    void theStatusApiShowsTheSync() throws Exception {
        String token = app.root.administration().apiAccess().create("e2e").secret();

        HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/api/qbwc/status"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"lastSessionState\":\"CLOSED\"")
                .contains("\"monthsSynced\":[\"2025-12\",\"2026-01\",\"2026-02\"]").contains("\"monthsDue\":[]")
                .contains("\"balanced\":true");
    }

    @Test
    @Order(3)
    void aSecondRunTheSameDayHasNothingToDo() throws Exception {
        List<String> authenticated = strings(qbwc.call("authenticate", "strUserName", TestApp.USER,
                "strPassword", TestApp.PASSWORD));

        assertThat(authenticated.get(1)).isEqualTo("none");
    }

    @Test
    @Order(4)
    void aWrongPasswordIsNvuAndAudited() throws Exception {
        List<String> refused = strings(qbwc.call("authenticate", "strUserName", TestApp.USER, "strPassword", "guess"));

        assertThat(refused).containsExactly("", "nvu", "", "300");
        assertThat(column("select action || ':' || outcome from qbr_audit_log order by id desc limit 1"))
                .containsExactly("qbwc.authenticate:DENIED");
    }

    @Test
    @Order(5)
    void garbageGetsASoapFaultAndNoTokenGets401() throws Exception {
        HttpResponse<String> fault = qbwc.post("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(app.uri("/api/qbwc/metrics")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(fault.statusCode()).isEqualTo(500);
        assertThat(fault.body()).contains("soap:Fault").contains("faultstring");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
