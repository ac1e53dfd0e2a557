package dev.qbrsync.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.qbrsync.app.WebConnectorClient.result;
import static dev.qbrsync.app.WebConnectorClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies that must not be believed, each delivered over HTTP after a good sync: nothing is stored, the metrics
 * already stored stay exactly as they were, the months stay due, and the history and getLastError say why.
 */
class OddRepliesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);
    private static final List<YearMonth> WINDOW = List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1),
            YearMonth.of(2026, 2));
    private static final Pattern REQUEST_ID = Pattern.compile("GeneralSummaryReportQueryRq requestID=\"([^\"]+)\"");

    @TempDir
    static Path dataDirectory;
    private static TestApp app;
    private static WebConnectorClient qbwc;
    private static String token;
    private static Map<String, BigDecimal> storedAfterAGoodSync;

    @BeforeAll
    static void syncOnceWell() throws Exception {
        app = new TestApp(dataDirectory, CLOCK, Map.of());
        qbwc = new WebConnectorClient(app.uri("/api/qbwc"));
        token = app.root.administration().apiAccess().create("odd-replies").secret();
        String ticket = authenticate();
        for (int progress = 0; progress < 100; ) {
            progress = Integer.parseInt(receive(ticket, QuickBooksFixtures.answer(send(ticket))));
        }
        qbwc.call("closeConnection", "ticket", ticket);
        storedAfterAGoodSync = StoredMetrics.all(app.root, "1");
        assertThat(storedAfterAGoodSync).hasSize(3 * 14);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<Arguments> oddReplies() {
        return Stream.of(
                Arguments.of("status 1 and no report", (UnaryOperator<String>) request ->
                        QuickBooksFixtures.answer(request).replaceFirst("(?s)<GeneralSummaryReportQueryRs .*"
                                + "</GeneralSummaryReportQueryRs>", "<GeneralSummaryReportQueryRs requestID=\""
                                + requestId(request) + "\" statusCode=\"1\" statusSeverity=\"Info\" statusMessage=\"A "
                                + "query request did not find a matching object in QuickBooks\"/>"),
                        "sent no report"),
                Arguments.of("a report for other months", (UnaryOperator<String>) request -> QuickBooksFixtures.answer(
                        request.replaceAll("<FromReportDate>[^<]+", "<FromReportDate>2019-02-01")
                                .replaceAll("<ToReportDate>[^<]+", "<ToReportDate>2019-04-30")),
                        "columns for 3 months (2019-02 to 2019-04)"),
                Arguments.of("an answer to another request", (UnaryOperator<String>) request ->
                        QuickBooksFixtures.answer(request).replace(requestId(request), "PNL:2019-02..2020-01"),
                        "answers request 'PNL:2019-02..2020-01'"),
                Arguments.of("accounts that do not add up", (UnaryOperator<String>) request ->
                        QuickBooksFixtures.answer(request).replaceFirst(
                                "(<TotalRow rowNumber=\"\\d+\"><ColData colID=\"1\" value=\"Net Income\"/><ColData "
                                        + "colID=\"2\" value=\")([^\"]+)", "$19999.99"),
                        "does not add up"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddReplies")
    void storesNothingKeepsTheMonthsDueAndSaysWhy(String what, UnaryOperator<String> reply, String reason)
            throws Exception {
        app.root.administration().ledger().requestResync(CompositionRoot.DEFAULT_COMPANY, WINDOW);
        String ticket = authenticate();

        assertThat(receive(ticket, reply.apply(send(ticket)))).isEqualTo("-1");

        assertThat(result(qbwc.call("getLastError", "ticket", ticket), "getLastErrorResult")).contains(reason);
        qbwc.call("closeConnection", "ticket", ticket);
        assertThat(StoredMetrics.all(app.root, "1")).isEqualTo(storedAfterAGoodSync);
        String status = api("/api/qbwc/status");
        assertThat(status).contains("\"monthsDue\":[\"2025-12\",\"2026-01\",\"2026-02\"]");
        assertThat(api("/api/qbwc/history?pageSize=1")).contains("\"outcome\":\"failed\"").contains(reason);
    }

    private static String requestId(String request) {
        Matcher matcher = REQUEST_ID.matcher(request);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String authenticate() throws Exception {
        List<String> answer = strings(qbwc.call("authenticate", "strUserName", TestApp.USER, "strPassword",
                TestApp.PASSWORD));
        assertThat(answer.get(1)).isEmpty();
        return answer.get(0);
    }

    private static String send(String ticket) throws Exception {
        return result(qbwc.call("sendRequestXML", "ticket", ticket, "strHCPResponse", QuickBooksFixtures.hostResponse(),
                "strCompanyFileName", "C:\\Acme.QBW", "qbXMLCountry", "US", "qbXMLMajorVers", "13",
                "qbXMLMinorVers", "0"), "sendRequestXMLResult");
    }

    private static String receive(String ticket, String response) throws Exception {
        return result(qbwc.call("receiveResponseXML", "ticket", ticket, "response", response, "hresult", "",
                "message", ""), "receiveResponseXMLResult");
    }

    private static String api(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
