package dev.qbrsync.app;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Many Web Connectors at once, over HTTP, on real PostgreSQL. */
@Isolated
class ConcurrentWebConnectorsTest {
    private static final int CONNECTORS = 50;

    @TempDir
    static Path dataDirectory;
    private static CompositionRoot root;
    private static Javalin server;
    private static URI endpoint;
    private static ManyCompanies companies;

    @BeforeAll
    static void start() {
        Map<String, String> settings = new java.util.HashMap<>(TestApp.environment(dataDirectory));
        // Each Web Connector runs on its own PC: the tests name its address through a proxy on 127.0.0.1.
        settings.put("QBR_TRUSTED_PROXIES", "127.0.0.1");
        root = new CompositionRoot(AppConfig.from(settings), Clock.systemUTC());
        root.prepareToServe();
        server = root.httpServer().start();
        companies = new ManyCompanies(root, 4);
        endpoint = URI.create("http://127.0.0.1:" + dev.qbrsync.http.HttpServer.boundPort(server) + "/api/qbwc");
    }

    @AfterAll
    static void stop() {
        server.stop();
        root.close();
    }

    private static List<String> playAtOnce(List<String> companies) throws Exception {
        SimulatedWebConnector.Latencies latencies = new SimulatedWebConnector.Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(companies.size());
        try {
            List<Callable<String>> sessions = companies.stream()
                    .map(company -> (Callable<String>) () -> playUntilNotBusy(company, latencies)).toList();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(sessions, 5, TimeUnit.MINUTES)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Logins beyond what the password-check pool takes at once are answered busy, by design; the Web Connector then
     * tries again at its next run, as here.
     */
    private static String playUntilNotBusy(String company, SimulatedWebConnector.Latencies latencies) throws Exception {
        SimulatedWebConnector connector = new SimulatedWebConnector(new WebConnectorClient(endpoint,
                pcOf(company)), latencies, ManyCompanies.booksOf(company));
        String outcome = connector.playSession(ManyCompanies.userFor(company), ManyCompanies.PASSWORD);
        for (int retry = 0; retry < 20 && outcome.equals("busy"); retry++) {
            Thread.sleep(250);
            outcome = connector.playSession(ManyCompanies.userFor(company), ManyCompanies.PASSWORD);
        }
        return outcome;
    }

    /** The address of the PC where the company's QuickBooks runs: one per company, as in an MSP's offices. */
    private static String pcOf(String company) {
        int n = Math.floorMod(company.hashCode(), 250 * 250);
        return "10." + (n / 250 + 1) + "." + (n % 250 + 1) + ".7";
    }

    @Test
    void fiftyWebConnectorsForDifferentCompaniesAllCompleteWithEveryRowPresent() throws Exception {
        List<String> syncing = java.util.stream.IntStream.range(0, CONNECTORS)
                .mapToObj(i -> companies.create()).toList();

        List<String> outcomes = playAtOnce(syncing);

        assertThat(outcomes).allMatch(outcome -> outcome.startsWith("Sync complete"));
        try (Connection connection = root.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery("select organization_id, count(*) from qbr_metrics_monthly "
                     + "group by organization_id")) {
            Map<String, Integer> rowsByCompany = new java.util.HashMap<>();
            while (counts.next()) {
                rowsByCompany.put(counts.getString(1), counts.getInt(2));
            }
            rowsByCompany.keySet().retainAll(syncing);
            // 3 months (window 2 plus the current month) × 14 metrics for every company.
            assertThat(rowsByCompany).hasSize(CONNECTORS).allSatisfy((company, rows) -> assertThat(rows).isEqualTo(42));
        }
    }

    @Test
    void aSecondWebConnectorForACompanyWithASessionInProgressIsBusy() throws Exception {
        WebConnectorClient first = new WebConnectorClient(endpoint);
        WebConnectorClient second = new WebConnectorClient(endpoint);
        String user = ManyCompanies.userFor(companies.create());

        List<String> proceeding = WebConnectorClient.strings(first.call("authenticate", "strUserName", user,
                "strPassword", ManyCompanies.PASSWORD));
        List<String> refused = WebConnectorClient.strings(second.call("authenticate", "strUserName", user,
                "strPassword", ManyCompanies.PASSWORD));

        assertThat(proceeding.get(1)).isEmpty();
        assertThat(refused.get(1)).isEqualTo("busy");
        first.call("closeConnection", "ticket", proceeding.get(0));
    }
}
