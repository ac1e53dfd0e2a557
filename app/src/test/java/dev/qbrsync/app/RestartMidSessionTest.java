package dev.qbrsync.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.qbrsync.app.WebConnectorClient.result;
import static dev.qbrsync.app.WebConnectorClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * QBR Sync ({@code serve} in a JVM of its own, on its embedded PostgreSQL) goes away while QuickBooks is answering a
 * Web Connector request, and starts again. The session it was serving is closed as abandoned, saying why, and the next
 * Web Connector run proceeds at once instead of being told {@code busy}.
 */
@Tag("slow")
class RestartMidSessionTest {
    @TempDir
    Path directory;
    private final int databasePort = TestApp.freePort();

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(TestApp.embeddedEnvironment(directory));
        env.put("QBR_EMBEDDED_DB_PORT", Integer.toString(databasePort));
        env.put("QBR_SYNC_WINDOW_MONTHS", "0");
        return env;
    }

    /** Authenticates and takes the first request, as the Web Connector does before QuickBooks answers it. */
    private static String sessionAwaitingQuickBooks(WebConnectorClient qbwc) throws Exception {
        List<String> authenticated = strings(qbwc.call("authenticate", "strUserName", TestApp.USER, "strPassword",
                TestApp.PASSWORD));
        assertThat(authenticated.get(1)).as("authenticate status").isEmpty();
        String ticket = authenticated.get(0);
        assertThat(result(qbwc.call("sendRequestXML", "ticket", ticket, "strHCPResponse",
                QuickBooksFixtures.hostResponse(), "strCompanyFileName", "C:\\Acme.QBW", "qbXMLCountry", "US",
                "qbXMLMajorVers", "13", "qbXMLMinorVers", "0"), "sendRequestXMLResult"))
                .contains("GeneralSummaryReportQueryRq");
        return ticket;
    }

    private static List<String> history(RunningApplication app) throws Exception {
        List<String> entries = new ArrayList<>();
        try (Connection connection = app.root().database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select outcome || ': ' || message from qbwc_sync_history "
                     + "order by id")) {
            while (rows.next()) {
                entries.add(rows.getString(1));
            }
        }
        return entries;
    }

    private static String lastErrorOf(URI endpoint, String ticket) throws Exception {
        return result(new WebConnectorClient(endpoint).call("getLastError", "ticket", ticket), "getLastErrorResult");
    }

    @Test
    void aCrashMidSessionFollowedByAStartLetsTheNextSessionRunAtOnce() throws Exception {
        AppProcess crashed = AppProcess.serve(environment());
        String ticket = sessionAwaitingQuickBooks(new WebConnectorClient(crashed.endpoint()));

        crashed.kill();
        RunningApplication restarted = RunningApplication.start(AppConfig.from(environment()), Clock.systemUTC());
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + restarted.port() + "/api/qbwc");

            String nextRun = new SimulatedWebConnector(endpoint, new SimulatedWebConnector.Latencies())
                    .playSession(TestApp.USER, TestApp.PASSWORD);

            assertThat(nextRun).isEqualTo("Sync complete: 2 of 2 requests stored in one round trip.");
            String explanation = lastErrorOf(endpoint, ticket);
            assertThat(explanation).startsWith("Abandoned: the QBR Sync instance serving this session (")
                    .contains("ended without stopping (killed or crashed)")
                    .contains("while QuickBooks was answering round trip 1 of 1");
            List<String> history = history(restarted);
            assertThat(history).hasSize(4);
            assertThat(history.subList(0, 2)).allMatch(entry -> entry.equals("FAILED: " + explanation));
            assertThat(history.subList(2, 4)).allMatch(entry -> entry.startsWith("SUCCESS: "));
        } finally {
            restarted.stop();
        }
    }

    @Test
    void aSigtermMidSessionStopsEverythingAndTheNextRunClosesTheSessionAsStopped() throws Exception {
        AppProcess stopped = AppProcess.serve(environment());
        String ticket = sessionAwaitingQuickBooks(new WebConnectorClient(stopped.endpoint()));

        assertThat(stopped.terminate()).as("the exit status of a JVM ended by SIGTERM").isEqualTo(143);
        assertThat(directory.resolve("postgres/postmaster.pid")).as("its embedded PostgreSQL was stopped")
                .doesNotExist();
        RunningApplication restarted = RunningApplication.start(AppConfig.from(environment()), Clock.systemUTC());
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + restarted.port() + "/api/qbwc");

            List<String> next = strings(new WebConnectorClient(endpoint).call("authenticate", "strUserName",
                    TestApp.USER, "strPassword", TestApp.PASSWORD));

            assertThat(next.get(1)).as("authenticate status: work to do, not busy").isEmpty();
            assertThat(lastErrorOf(endpoint, ticket)).contains(" was stopped at ");
        } finally {
            restarted.stop();
        }
    }
}
