package dev.qbrsync.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.qbrsync.app.WebConnectorClient.result;
import static dev.qbrsync.app.WebConnectorClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a sync that completes and one that QuickBooks fails, {@code /metrics} (no token) shows every named series
 * with the counts those syncs make, and names the company only by its id.
 */
class PrometheusEndpointTest {

    /** The value of one series, e.g. {@code qbr_sync_failures_total{type="profit_and_loss"}}; fails when absent. */
    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(line.find()).as(series + " in\n" + scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static void failAnotherSync(TestApp app) throws Exception {
        app.root.administration().ledger().requestResync(CompositionRoot.DEFAULT_COMPANY,
                List.of(YearMonth.now(ZoneOffset.UTC)));
        WebConnectorClient qbwc = new WebConnectorClient(app.uri("/api/qbwc"));
        String ticket = strings(qbwc.call("authenticate", "strUserName", TestApp.USER, "strPassword",
                TestApp.PASSWORD)).get(0);
        qbwc.call("sendRequestXML", "ticket", ticket, "strHCPResponse", QuickBooksFixtures.hostResponse(),
                "strCompanyFileName", "C:\\Acme.QBW", "qbXMLCountry", "US", "qbXMLMajorVers", "13",
                "qbXMLMinorVers", "0");
        assertThat(result(qbwc.call("receiveResponseXML", "ticket", ticket, "response", "", "hresult", "0x80040400",
                "message", "QuickBooks found an error"), "receiveResponseXMLResult")).isEqualTo("-1");
        qbwc.call("closeConnection", "ticket", ticket);
    }

    @Test
    void afterASyncTheEndpointExposesTheNamedSeriesWithCompanyIdsOnly(@TempDir Path directory) throws Exception {
        try (TestApp app = new TestApp(directory, Clock.systemUTC(), Map.of())) {
            try (Connection connection = app.root.database().dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("update organization set name = 'Acme Secret MSP' where id = 1");
            }
            String completed = new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies())
                    .playSession(TestApp.USER, TestApp.PASSWORD);
            assertThat(completed).startsWith("Sync complete");
            failAnotherSync(app);

            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    app.uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain; version=0.0.4"));
            String scrape = metrics.body();
            assertThat(value(scrape, "qbr_soap_calls_seconds_count{method=\"receiveResponseXML\",outcome=\"success\"}"))
                    .as("one round trip").isEqualTo(1);
            assertThat(value(scrape, "qbr_soap_calls_seconds_count{method=\"receiveResponseXML\",outcome=\"failure\"}"))
                    .isEqualTo(1);
            assertThat(value(scrape, "qbr_soap_calls_seconds_count{method=\"authenticate\",outcome=\"success\"}"))
                    .isEqualTo(2);
            assertThat(value(scrape, "qbr_session_duration_seconds_count{outcome=\"completed\"}")).isEqualTo(1);
            assertThat(value(scrape, "qbr_session_duration_seconds_count{outcome=\"failed\"}")).isEqualTo(1);
            assertThat(value(scrape, "qbr_session_duration_seconds_sum{outcome=\"completed\"}")).isPositive();
            assertThat(value(scrape, "qbr_sync_failures_total{type=\"profit_and_loss\"}")).isEqualTo(1);
            assertThat(value(scrape, "qbr_sync_failures_total{type=\"employees\"}")).isZero();
            assertThat(value(scrape, "qbr_quickbooks_request_size_bytes_count")).as("a message per round trip")
                    .isEqualTo(2);
            assertThat(value(scrape, "qbr_quickbooks_request_size_bytes_sum")).isPositive();
            assertThat(value(scrape, "qbr_quickbooks_response_size_bytes_sum"))
                    .as("the report and employee list's size; the failed answer was empty").isGreaterThan(1000);
            assertThat(value(scrape, "qbr_last_successful_sync_age_seconds{company=\"1\"}")).isBetween(0.0, 60.0);
            assertThat(scrape).doesNotContain("Acme Secret MSP").doesNotContain(TestApp.USER)
                    .doesNotContain(TestApp.PASSWORD).doesNotContain("127.0.0.1");
        }
    }
}
