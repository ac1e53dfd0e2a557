package dev.qbrsync.app;

import dev.qbrsync.http.HttpServer;
import io.javalin.Javalin;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load driver, run on demand (never by {@code mvn verify}): starts QBR Sync with its embedded PostgreSQL, then for each
 * N runs N simulated Web Connectors at once over loopback, each playing {@code rounds} complete sessions for fresh
 * companies (24 months + the current one and the employee list per session: one round trip, or one per P&L request
 * with {@code -Dload.maxMonthsPerRequest=12}), and prints sessions/s, round trips per session, p50/p99 latency per
 * SOAP method and the error count.
 * <p>
 * {@code mvn -B -pl app -am -Pload -DskipTests verify -Dload.args="1 10 50" [-Dload.maxMonthsPerRequest=12]}
 */
public final class LoadBenchmark {
    private static final int ROUNDS = 4;
    private static final int BCRYPT_COST = 10;
    private static final List<String> METHODS = List.of("serverVersion", "clientVersion", "authenticate",
            "sendRequestXML", "receiveResponseXML", "closeConnection");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> connectorCounts = args.length == 0 ? List.of(1, 10, 50)
                : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        Path dataDirectory = Files.createTempDirectory("qbr-load");
        Map<String, String> env = new HashMap<>(TestApp.embeddedEnvironment(dataDirectory));
        env.put("QBR_SYNC_WINDOW_MONTHS", "24");
        env.put("QBR_MAX_MONTHS_PER_REQUEST", System.getProperty("load.maxMonthsPerRequest", "0"));
        try (CompositionRoot root = new CompositionRoot(AppConfig.from(env), Clock.systemUTC())) {
            root.prepareToServe();
            Javalin server = root.httpServer().start();
            try {
                URI endpoint = URI.create("http://127.0.0.1:" + HttpServer.boundPort(server) + HttpServer.SOAP_PATH);
                System.out.printf("QBR Sync load benchmark: bcrypt cost %d, %d sessions per connector, %d cores, "
                        + "QBR_MAX_MONTHS_PER_REQUEST=%s%n", BCRYPT_COST, ROUNDS,
                        Runtime.getRuntime().availableProcessors(), env.get("QBR_MAX_MONTHS_PER_REQUEST"));
                for (int connectors : connectorCounts) {
                    run(endpoint, connectors, new ManyCompanies(root, BCRYPT_COST));
                }
            } finally {
                server.stop();
            }
        }
    }

    private static void run(URI endpoint, int connectors, ManyCompanies many) throws Exception {
        SimulatedWebConnector.Latencies latencies = new SimulatedWebConnector.Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(connectors);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int c = 0; c < connectors; c++) {
            List<String> companies = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                companies.add(many.create());
            }
            work.add(() -> {
                int completed = 0;
                for (String company : companies) {
                    String outcome = new SimulatedWebConnector(endpoint, latencies, ManyCompanies.booksOf(company))
                            .playSession(ManyCompanies.userFor(company), ManyCompanies.PASSWORD);
                    completed += outcome.startsWith("Sync complete") ? 1 : 0;
                }
                return completed;
            });
        }
        long started = System.nanoTime();
        int completed = 0;
        for (Future<Integer> result : pool.invokeAll(work)) {
            completed += result.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("%nN=%d: %d of %d sessions complete in %.1f s = %.1f sessions/s, %.1f round trips per session, "
                + "errors %d%n", connectors, completed, connectors * ROUNDS, seconds, completed / seconds,
                latencies.nanosByMethod.getOrDefault("sendRequestXML", List.of()).size() / (double) completed,
                latencies.errors.get());
        System.out.printf("  %-20s %10s %10s%n", "method", "p50 ms", "p99 ms");
        for (String method : METHODS) {
            System.out.printf("  %-20s %10.1f %10.1f%n", method, latencies.percentileMillis(method, 50),
                    latencies.percentileMillis(method, 99));
        }
    }
}
