package dev.qbrsync.app;

import dev.qbrsync.app.cli.ClassArchiveCommand;
import dev.qbrsync.app.cli.Console;
import dev.qbrsync.http.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up, memory and cold-JVM benchmark, run on demand (never by {@code mvn verify}). It runs the packaged
 * {@code app/target/qbr-sync.jar serve} as an operator does, with the JVM options of the documented start command, and
 * prints: the first start on an empty data directory (process launch to {@code /health/ready} 200), a restart on that
 * directory, the idle RSS and PSS of the JVM and of every embedded PostgreSQL process after a full sync, and the time
 * of {@code receiveResponseXML} in a full sync on a fresh process against a warm one. Medians of {@code rounds}.
 * <p>
 * {@code mvn -B -pl app -am -Pstartup -DskipTests verify [-Dstartup.rounds=3] [-Dstartup.jvmOptions="..."] [-Dstartup.jar=other.jar]}; the
 * options default to those of the documented start command (with {@code qbr-sync.jsa} when it is beside the jar), and
 * {@code -Dstartup.jvmOptions=none} runs without any.
 */
public final class StartupBenchmark {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final int WARM_SYNCS = 5;
    private static final String COMPANY_PASSWORD = "startup-benchmark-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path jar;
    private final List<String> jvmOptions;

    private StartupBenchmark(Path jar, List<String> jvmOptions) {
        this.jar = jar;
        this.jvmOptions = jvmOptions;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("startup.jar", args.length > 0 ? args[0] : "app/target/qbr-sync.jar"))
                .toAbsolutePath();
        String options = System.getProperty("startup.jvmOptions", "documented");
        int rounds = Integer.getInteger("startup.rounds", 3);
        new StartupBenchmark(jar, jvmOptions(options, documentedOptions(jar))).run(rounds);
    }

    /** JVM options as a benchmark's property names them: "none", "documented", or the options themselves. */
    static List<String> jvmOptions(String setting, List<String> documented) {
        return switch (setting.strip()) {
            case "none" -> List.of();
            case "documented" -> documented;
            default -> Arrays.asList(setting.strip().split("\\s+"));
        };
    }

    /** The documented start command's options, with the jar's class archive when one is beside it. */
    private static List<String> documentedOptions(Path jar) {
        List<String> options = new ArrayList<>(ClassArchiveCommand.SERVE_JVM_OPTIONS);
        Path archive = jar.resolveSibling("qbr-sync.jsa");
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    private void run(int rounds) throws Exception {
        System.out.printf("QBR Sync start-up benchmark: %s, JVM options %s, %d cores, load average %.1f, %d rounds%n",
                jar, jvmOptions, Runtime.getRuntime().availableProcessors(), loadAverage(), rounds);
        List<Double> firstStarts = new ArrayList<>();
        List<Double> restarts = new ArrayList<>();
        List<Double> coldSyncs = new ArrayList<>();
        List<Double> warmSyncs = new ArrayList<>();
        List<ProcessMemory> jvmMemory = new ArrayList<>();
        List<ProcessMemory> postgresMemory = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Path dataDirectory = Files.createTempDirectory("qbr-startup");
            Map<String, String> env = environment(dataDirectory);
            Started first = start(env);
            firstStarts.add(first.seconds);
            first.stop();
            Started restarted = start(env);
            restarts.add(restarted.seconds);
            List<String> users = new ArrayList<>();
            for (int company = 0; company <= WARM_SYNCS; company++) {
                users.add(addCompany(env, "Startup " + round + "-" + company));
            }
            coldSyncs.add(fullSyncMillis(restarted.port, users.get(0)));
            for (String user : users.subList(1, users.size())) {
                warmSyncs.add(fullSyncMillis(restarted.port, user));
            }
            Thread.sleep(2_000); // idle: background work after the sync settles
            jvmMemory.add(ProcessMemory.of(restarted.process.pid()));
            postgresMemory.add(ProcessMemory.ofTree(postmasterPid(dataDirectory)));
            restarted.stop();
            System.out.printf("round %d: first start %.2f s, restart %.2f s, sync fresh %.0f ms%n", round,
                    first.seconds, restarted.seconds, coldSyncs.get(coldSyncs.size() - 1));
        }
        report(firstStarts, restarts, coldSyncs, warmSyncs, jvmMemory, postgresMemory);
    }

    private static void report(List<Double> firstStarts, List<Double> restarts, List<Double> coldSyncs,
                               List<Double> warmSyncs, List<ProcessMemory> jvm, List<ProcessMemory> postgres) {
        ProcessMemory jvmMedian = medianByPss(jvm);
        ProcessMemory postgresMedian = medianByPss(postgres);
        System.out.printf("%n%-52s %10s%n", "figure (median)", "value");
        System.out.printf("%-52s %8.2f s%n", "first start on an empty data directory to ready", median(firstStarts));
        System.out.printf("%-52s %8.2f s%n", "restart to /health/ready", median(restarts));
        System.out.printf("%-52s %6.0f MiB%n", "JVM RSS, idle after a full sync", jvmMedian.rssMib());
        System.out.printf("%-52s %6.0f MiB%n", "JVM PSS, idle after a full sync", jvmMedian.pssMib());
        System.out.printf("%-52s %6.0f MiB%n", "PostgreSQL RSS (" + postgresMedian.processes() + " processes)",
                postgresMedian.rssMib());
        System.out.printf("%-52s %6.0f MiB%n", "PostgreSQL PSS", postgresMedian.pssMib());
        System.out.printf("%-52s %6.0f MiB%n", "server + database PSS", jvmMedian.pssMib() + postgresMedian.pssMib());
        double cold = median(coldSyncs);
        double warm = median(warmSyncs);
        System.out.printf("%-52s %7.0f ms%n", "receiveResponseXML of a full sync, fresh process", cold);
        System.out.printf("%-52s %7.0f ms%n", "receiveResponseXML of a full sync, warm", warm);
        System.out.printf("%-52s %8.2f x%n", "fresh / warm", cold / warm);
    }

    private Map<String, String> environment(Path dataDirectory) {
        Map<String, String> env = new HashMap<>(TestApp.settings(dataDirectory));
        env.put("QBR_PORT", Integer.toString(TestApp.freePort()));
        env.put("QBR_SYNC_WINDOW_MONTHS", "24");
        return env;
    }

    private Started start(Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        Path log = Path.of(env.get("QBR_DATA_DIR")).resolveSibling(
                Path.of(env.get("QBR_DATA_DIR")).getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        int port = Integer.parseInt(env.get("QBR_PORT"));
        long launched = System.nanoTime();
        Process process = builder.start();
        awaitReady(process, port, log);
        return new Started(process, port, (System.nanoTime() - launched) / 1e9);
    }

    private static void awaitReady(Process process, int port, Path log) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("serve ended before it was ready:\n" + Files.readString(log));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new IllegalStateException("serve was not ready within " + READY_TIMEOUT + ":\n" + Files.readString(log));
    }

    /** A new company added with {@code company add} beside the running server, as an operator does; its user. */
    private static String addCompany(Map<String, String> env, String name) {
        String user = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream((COMPANY_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)), null, env);
        if (Main.run(List.of("company", "add", name, "--qbwc-user", user), console) != 0) {
            throw new IllegalStateException("company add failed: " + err.toString(StandardCharsets.UTF_8));
        }
        return user;
    }

    /**
     * One whole Web Connector session of the 24-month window for a company never synced; the milliseconds
     * receiveResponseXML took in all.
     */
    private static double fullSyncMillis(int port, String user) throws Exception {
        SimulatedWebConnector.Latencies latencies = new SimulatedWebConnector.Latencies();
        URI endpoint = URI.create("http://127.0.0.1:" + port + HttpServer.SOAP_PATH);
        String outcome = new SimulatedWebConnector(endpoint, latencies, ManyCompanies.booksOf(user))
                .playSession(user, COMPANY_PASSWORD);
        if (!outcome.startsWith("Sync complete") || latencies.errors.get() > 0) {
            throw new IllegalStateException("The sync did not complete: " + outcome);
        }
        return latencies.nanosByMethod.get("receiveResponseXML").stream().mapToLong(Long::longValue).sum() / 1e6;
    }

    private static long postmasterPid(Path dataDirectory) throws Exception {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            Path pidFile = files.filter(path -> path.getFileName().toString().equals("postmaster.pid")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No postmaster.pid under " + dataDirectory));
            return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        }
    }

    /** The system's load average of the last minute, printed beside every timing figure. */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static ProcessMemory medianByPss(List<ProcessMemory> values) {
        return values.stream().sorted(java.util.Comparator.comparingLong(ProcessMemory::pssKib)).toList()
                .get(values.size() / 2);
    }

    private record Started(Process process, int port, double seconds) {
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
