package dev.qbrsync.app;

import dev.qbrsync.app.cli.ClassArchiveCommand;
import dev.qbrsync.http.HttpServer;

import java.io.File;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Load driver, run on demand (never by {@code mvn verify}): starts QBR Sync on its embedded PostgreSQL in a JVM of its
 * own ({@link LoadServer}, with the documented start command's JVM options), then for each N runs N simulated Web
 * Connectors at once over loopback, each playing {@value #ROUNDS} complete sessions for fresh companies (24 months +
 * the current one and the employee list per session: one round trip, or one per P&L request with
 * {@code -Dload.maxMonthsPerRequest=12}), and prints sessions/s, round trips per session, p50/p99 latency per SOAP
 * method, the error count, and the server's memory after the runs.
 * <p>
 * Each connector has an address of its own, as Web Connectors on their own PCs do: the server trusts a reverse proxy on
 * 127.0.0.1 and each connector's calls name its address in X-Forwarded-For. With {@code -Dload.oneAddress=true} they
 * all come from 127.0.0.1 instead and share that address's part of the password-check queue (README, Security).
 * <p>
 * {@code mvn -B -pl app -am -Pload -DskipTests verify -Dload.args="1 10 50" [-Dload.maxMonthsPerRequest=12]
 * [-Dload.oneAddress=true] [-Dload.jvmOptions="..." | none]}
 */
public final class LoadBenchmark {
    private static final int ROUNDS = 4;
    private static final List<String> METHODS = List.of("serverVersion", "clientVersion", "authenticate",
            "sendRequestXML", "receiveResponseXML", "closeConnection");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> connectorCounts = args.length == 0 ? List.of(1, 10, 50)
                : Arrays.stream(args).map(Integer::parseInt).toList();
        String maxMonthsPerRequest = System.getProperty("load.maxMonthsPerRequest", "0");
        boolean oneAddress = Boolean.getBoolean("load.oneAddress");
        List<String> jvmOptions = StartupBenchmark.jvmOptions(System.getProperty("load.jvmOptions", "documented"),
                ClassArchiveCommand.SERVE_JVM_OPTIONS);
        Path dataDirectory = Files.createTempDirectory("qbr-load");
        Path ready = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".ready");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), LoadServer.class.getName(), dataDirectory.toString(),
                ready.toString(), Integer.toString(ROUNDS * connectorCounts.stream().mapToInt(n -> n).sum()),
                maxMonthsPerRequest, oneAddress ? "" : "127.0.0.1"));
        Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            Iterator<String> lines = awaitReady(server, ready, log).iterator();
            URI endpoint = URI.create("http://127.0.0.1:" + lines.next() + HttpServer.SOAP_PATH);
            System.out.printf("QBR Sync load benchmark: bcrypt cost %d, %d sessions per connector, %d cores, "
                            + "load average %.1f, QBR_MAX_MONTHS_PER_REQUEST=%s, %s, server JVM options %s%n",
                    LoadServer.BCRYPT_COST, ROUNDS, Runtime.getRuntime().availableProcessors(),
                    StartupBenchmark.loadAverage(), maxMonthsPerRequest,
                    oneAddress ? "all connectors from 127.0.0.1" : "each connector from its own address", jvmOptions);
            for (int connectors : connectorCounts) {
                List<List<String>> companies = new ArrayList<>();
                for (int c = 0; c < connectors; c++) {
                    List<String> own = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        own.add(lines.next());
                    }
                    companies.add(own);
                }
                run(endpoint, companies, oneAddress);
            }
            Thread.sleep(2_000); // idle: background work after the runs settles
            ProcessMemory memory = ProcessMemory.of(server.pid());
            System.out.printf("%nServer JVM after the runs: RSS %.0f MiB, PSS %.0f MiB%n", memory.rssMib(),
                    memory.pssMib());
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** The classes and jars this benchmark runs from (Maven's exec:java gives them to a class loader of their own). */
    private static String classPath() {
        if (LoadBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(url -> new File(URI.create(url.toString())).toString())
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    /** The ready file's lines (the port, then the companies) once the server wrote it. */
    private static List<String> awaitReady(Process server, Path ready, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.exists(ready)) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The load server did not start:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return Files.readAllLines(ready);
    }

    private static void run(URI endpoint, List<List<String>> companiesByConnector, boolean oneAddress)
            throws Exception {
        int connectors = companiesByConnector.size();
        SimulatedWebConnector.Latencies latencies = new SimulatedWebConnector.Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(connectors);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int c = 0; c < connectors; c++) {
            List<String> companies = companiesByConnector.get(c);
            WebConnectorClient client = oneAddress ? new WebConnectorClient(endpoint)
                    : new WebConnectorClient(endpoint, connectorAddress(c));
            work.add(() -> {
                int completed = 0;
                for (String company : companies) {
                    String outcome = new SimulatedWebConnector(client, latencies, ManyCompanies.booksOf(company))
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
        System.out.printf("%nN=%d (load average %.1f): %d of %d sessions complete in %.1f s = %.1f sessions/s, "
                        + "%.1f round trips per session, errors %d%n", connectors, StartupBenchmark.loadAverage(),
                completed, connectors * ROUNDS, seconds, completed / seconds,
                latencies.nanosByMethod.getOrDefault("sendRequestXML", List.of()).size() / (double) completed,
                latencies.errors.get());
        System.out.printf("  %-20s %10s %10s%n", "method", "p50 ms", "p99 ms");
        for (String method : METHODS) {
            System.out.printf("  %-20s %10.1f %10.1f%n", method, latencies.percentileMillis(method, 50),
                    latencies.percentileMillis(method, 99));
        }
    }

    /** The address of the c-th connector's PC on an office network. */
    private static String connectorAddress(int c) {
        return "10.0." + (c / 250) + "." + (c % 250 + 1);
    }
}
