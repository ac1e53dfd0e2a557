package dev.qbrsync.app;

import dev.qbrsync.embeddedpostgres.EmbeddedDatabase;
import dev.qbrsync.embeddedpostgres.PortSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.qbrsync.app.WebConnectorClient.result;
import static dev.qbrsync.app.WebConnectorClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop (what SIGTERM runs) while receiveResponseXML is storing a report: new connections are refused at once, the
 * call finishes and stores, and only then do the pool and the embedded PostgreSQL stop. A call that outlives the stop
 * timeout is cut off, and the stop says so.
 */
@Tag("slow")
class GracefulStopTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final int databasePort = TestApp.freePort();
    @TempDir
    Path directory;

    @AfterEach
    void shutDownThreads() {
        threads.shutdownNow();
    }

    private Map<String, String> environment(String stopTimeoutSeconds) {
        Map<String, String> env = new HashMap<>(TestApp.embeddedEnvironment(directory));
        env.put("QBR_EMBEDDED_DB_PORT", Integer.toString(databasePort));
        env.put("QBR_SYNC_WINDOW_MONTHS", "0");
        env.put("QBR_STOP_TIMEOUT_SECONDS", stopTimeoutSeconds);
        return env;
    }

    /** Authenticates and fetches the first request; returns the ticket and QuickBooks' answer to that request. */
    private static List<String> sessionAwaitingItsFirstAnswer(WebConnectorClient qbwc) throws Exception {
        List<String> authenticated = strings(qbwc.call("authenticate", "strUserName", TestApp.USER, "strPassword",
                TestApp.PASSWORD));
        assertThat(authenticated.get(1)).as("authenticate status").isEmpty();
        String ticket = authenticated.get(0);
        String request = result(qbwc.call("sendRequestXML", "ticket", ticket, "strHCPResponse",
                QuickBooksFixtures.hostResponse(), "strCompanyFileName", "C:\\Acme.QBW", "qbXMLCountry", "US",
                "qbXMLMajorVers", "13", "qbXMLMinorVers", "0"), "sendRequestXMLResult");
        return List.of(ticket, QuickBooksFixtures.answer(request));
    }

    private Future<String> receiveInBackground(WebConnectorClient qbwc, List<String> session) {
        return threads.submit(() -> result(qbwc.call("receiveResponseXML", "ticket", session.get(0), "response",
                session.get(1), "hresult", "", "message", ""), "receiveResponseXMLResult"));
    }

    /** Someone else holds the metrics table, so storing a report waits for it in the middle of receiveResponseXML. */
    private static Connection lockMetricsTable(RunningApplication app) throws Exception {
        Connection blocker = app.root().database().dataSource().getConnection();
        blocker.setAutoCommit(false);
        try (Statement statement = blocker.createStatement()) {
            statement.execute("lock table qbr_metrics_monthly in exclusive mode");
        }
        return blocker;
    }

    private static void awaitACallWaitingForTheLock(RunningApplication app) throws Exception {
        try (Connection watcher = app.root().database().dataSource().getConnection();
             Statement statement = watcher.createStatement()) {
            for (int i = 0; i < 200; i++) {
                try (ResultSet waiting = statement.executeQuery("select count(*) from pg_stat_activity "
                        + "where wait_event_type = 'Lock' and datname = current_database()")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("receiveResponseXML never reached the lock");
    }

    private static boolean refusesConnections(int port) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            } catch (ConnectException refused) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Starts the stopped embedded PostgreSQL again and counts stored history entries and QuickBooks figures. */
    private List<String> storedAfterwards() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(directory,
                new PortSetting(databasePort, "QBR_EMBEDDED_DB_PORT"));
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                     database.password())) {
            return List.of(single(connection, "select coalesce(string_agg(outcome, ','), 'none') from qbwc_sync_history"),
                    single(connection, "select count(*) > 0 from qbr_metrics_monthly where data_source = 'quickbooks'"));
        }
    }

    private static String single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void aStopInTheMiddleOfReceiveResponseXmlLetsItFinishAndStore() throws Exception {
        RunningApplication app = RunningApplication.start(AppConfig.from(environment("30")), Clock.systemUTC());
        int port = app.port();
        WebConnectorClient qbwc = new WebConnectorClient(URI.create("http://127.0.0.1:" + port + "/api/qbwc"));
        List<String> session = sessionAwaitingItsFirstAnswer(qbwc);

        Connection blocker = lockMetricsTable(app);
        Future<String> receiving = receiveInBackground(qbwc, session);
        awaitACallWaitingForTheLock(app);
        Future<RunningApplication.StopReport> stopping = threads.submit(app::stop);

        assertThat(refusesConnections(port)).as("new connections are refused once the stop began").isTrue();
        assertThat(receiving).as("the call in flight still runs").isNotDone();
        assertThat(stopping).as("the stop waits for it").isNotDone();
        blocker.commit();
        blocker.close();

        assertThat(receiving.get(30, TimeUnit.SECONDS)).as("receiveResponseXML's answer: the round trip stored")
                .isEqualTo("100");
        RunningApplication.StopReport report = stopping.get(60, TimeUnit.SECONDS);
        assertThat(report.callsInFlight()).isEqualTo(1);
        assertThat(report.callsCutOff()).isZero();
        assertThat(Files.exists(directory.resolve("postgres/postmaster.pid"))).as("PostgreSQL stopped").isFalse();
        assertThat(storedAfterwards()).as("the report, the employee list and their figures were stored")
                .containsExactly("SUCCESS,SUCCESS", "t");
    }

    @Test
    void aCallThatOutlivesTheStopTimeoutIsCutOffAndTheStopSaysSo() throws Exception {
        RunningApplication app = RunningApplication.start(AppConfig.from(environment("1")), Clock.systemUTC());
        WebConnectorClient qbwc = new WebConnectorClient(URI.create("http://127.0.0.1:" + app.port() + "/api/qbwc"));
        List<String> session = sessionAwaitingItsFirstAnswer(qbwc);

        Connection blocker = lockMetricsTable(app);
        Future<String> receiving = receiveInBackground(qbwc, session);
        awaitACallWaitingForTheLock(app);
        long started = System.nanoTime();
        RunningApplication.StopReport report = app.stop();

        assertThat(report.callsInFlight()).isEqualTo(1);
        assertThat(report.callsCutOff()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(receiving).failsWithin(Duration.ofSeconds(30));
        blocker.close();
        assertThat(storedAfterwards()).as("nothing half-stored").containsExactly("none", "f");
    }

    @Test
    void aStopAfterPostgreSqlWentAwayStillEnds() throws Exception {
        RunningApplication app = RunningApplication.start(AppConfig.from(environment("30")), Clock.systemUTC());
        long postgres = Long.parseLong(Files.readAllLines(directory.resolve("postgres/postmaster.pid")).get(0).trim());
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(postgres)).start().waitFor()).isZero();
        ProcessHandle.of(postgres).ifPresent(process -> process.onExit().join());

        RunningApplication.StopReport report = app.stop();

        assertThat(report.callsCutOff()).isZero();
        assertThat(threads.submit(app::stop).get(10, TimeUnit.SECONDS)).as("stopping twice gives the same report")
                .isSameAs(report);
    }
}
