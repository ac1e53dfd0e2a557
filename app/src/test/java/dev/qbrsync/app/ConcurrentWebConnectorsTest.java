package dev.qbrsync.app;

import dev.qbrsync.persistence.TestOrganizations;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
class ConcurrentWebConnectorsTest {
    private static final int CONNECTORS = 50;

    @TempDir
    static Path dataDirectory;
    private static CompositionRoot root;
    private static Javalin server;
    private static URI endpoint;

    @BeforeAll
    static void start() {
        root = new CompositionRoot(AppConfig.from(TestApp.environment(dataDirectory)), Clock.systemUTC());
        server = root.httpServer(new ManyCompanies(4)).start();
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
            List<Callable<String>> sessions = companies.stream().map(company -> (Callable<String>) () ->
                    new SimulatedWebConnector(endpoint, latencies).playSession(ManyCompanies.userFor(company),
                            ManyCompanies.PASSWORD)).toList();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(sessions, 5, TimeUnit.MINUTES)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyWebConnectorsForDifferentCompaniesAllCompleteWithEveryRowPresent() throws Exception {
        List<String> companies = java.util.stream.IntStream.range(0, CONNECTORS)
                .mapToObj(i -> TestOrganizations.create(root.database())).toList();

        List<String> outcomes = playAtOnce(companies);

        assertThat(outcomes).allMatch(outcome -> outcome.startsWith("Sync complete"));
        try (Connection connection = root.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery("select organization_id, count(*) from qbr_metrics_monthly "
                     + "group by organization_id")) {
            Map<String, Integer> rowsByCompany = new java.util.HashMap<>();
            while (counts.next()) {
                rowsByCompany.put(counts.getString(1), counts.getInt(2));
            }
            rowsByCompany.keySet().retainAll(companies);
            // 3 months (window 2 plus the current month) × 14 metrics for every company.
            assertThat(rowsByCompany).hasSize(CONNECTORS).allSatisfy((company, rows) -> assertThat(rows).isEqualTo(42));
        }
    }

    @Test
    void aSecondWebConnectorForACompanyWithASessionInProgressIsBusy() throws Exception {
        WebConnectorClient first = new WebConnectorClient(endpoint);
        WebConnectorClient second = new WebConnectorClient(endpoint);
        String user = ManyCompanies.userFor(TestOrganizations.create(root.database()));

        List<String> proceeding = WebConnectorClient.strings(first.call("authenticate", "strUserName", user,
                "strPassword", ManyCompanies.PASSWORD));
        List<String> refused = WebConnectorClient.strings(second.call("authenticate", "strUserName", user,
                "strPassword", ManyCompanies.PASSWORD));

        assertThat(proceeding.get(1)).isEmpty();
        assertThat(refused.get(1)).isEqualTo("busy");
        first.call("closeConnection", "ticket", proceeding.get(0));
    }
}
