package dev.qbrsync.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.embeddedpostgres.EmbeddedDataDirectories;
import dev.qbrsync.embeddedpostgres.TestPorts;
import dev.qbrsync.http.HttpServer;
import dev.qbrsync.persistence.EmbeddedPostgresDatabases;
import io.javalin.Javalin;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole application as serve runs it, on a free port, its files in a temporary folder and its data in a new
 * database of the test JVM's one PostgreSQL server (starting a PostgreSQL per test is what made the suite slow). Tests
 * of the embedded PostgreSQL's life use {@link #embeddedEnvironment}.
 */
final class TestApp implements AutoCloseable {
    static final String USER = "qbwc";
    static final String PASSWORD = "correct horse battery";
    private static final String HASH = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());

    final CompositionRoot root;
    final Javalin server;
    /** The settings it runs with, for a command run beside it. */
    final Map<String, String> environment;

    TestApp(Path dataDirectory, Clock clock, Map<String, String> extraSettings) {
        this(environment(dataDirectory), clock, extraSettings, List.of());
    }

    /** The application running an embedder's own jobs too. */
    TestApp(Path dataDirectory, Clock clock, Map<String, String> extraSettings, List<? extends QuickBooksJob> jobs) {
        this(environment(dataDirectory), clock, extraSettings, jobs);
    }

    private TestApp(Map<String, String> baseSettings, Clock clock, Map<String, String> extraSettings,
                    List<? extends QuickBooksJob> jobs) {
        Map<String, String> env = new HashMap<>(baseSettings);
        // No grace period when close stops the server: none of its calls is in flight then, and a grace period waits
        // a second for the test client's idle keep-alive connection, which Jetty closes only after that.
        env.put("QBR_STOP_TIMEOUT_SECONDS", "0");
        env.putAll(extraSettings);
        environment = Map.copyOf(env);
        root = new CompositionRoot(AppConfig.from(env), clock, jobs);
        root.prepareToServe();
        server = root.httpServer().start();
    }

    /**
     * A first start on its own embedded PostgreSQL, so the setup code is also written to the data directory: no Web
     * Connector user in the environment and, in a new data directory, no token.
     */
    static TestApp fresh(Path dataDirectory, Clock clock, Map<String, String> extraSettings) {
        Map<String, String> settings = new HashMap<>(embeddedEnvironment(dataDirectory));
        settings.remove("QBWC_USERNAME");
        settings.remove("QBWC_PASSWORD_HASH");
        return new TestApp(settings, clock, extraSettings, List.of());
    }

    /** On its own embedded PostgreSQL, as a first start on a fresh machine runs. */
    static TestApp onEmbeddedDatabase(Path dataDirectory, Clock clock) {
        return onEmbeddedDatabase(dataDirectory, clock, Map.of());
    }

    /** On its own embedded PostgreSQL in {@code dataDirectory}, with these settings too. */
    static TestApp onEmbeddedDatabase(Path dataDirectory, Clock clock, Map<String, String> extraSettings) {
        return new TestApp(embeddedEnvironment(dataDirectory), clock, extraSettings, List.of());
    }

    /** The settings of an application whose data is in a new, empty database of the test JVM's PostgreSQL. */
    static Map<String, String> environment(Path dataDirectory) {
        Map<String, String> env = new HashMap<>(settings(dataDirectory));
        env.put("QBR_DATABASE_URL", EmbeddedPostgresDatabases.emptyDatabaseUrl());
        env.put("QBR_DATABASE_USER", EmbeddedPostgresDatabases.USER);
        env.put("QBR_DATABASE_PASSWORD", EmbeddedPostgresDatabases.PASSWORD);
        return Map.copyOf(env);
    }

    /**
     * The settings of an application that runs its own embedded PostgreSQL in {@code dataDirectory}, which starts as a
     * copy of one where it ran before ({@link EmbeddedDataDirectories}).
     */
    static Map<String, String> embeddedEnvironment(Path dataDirectory) {
        EmbeddedDataDirectories.prepare(dataDirectory);
        return settings(dataDirectory);
    }

    /** The settings without a database: the caller names its own QBR_DATABASE_URL. */
    static Map<String, String> settings(Path dataDirectory) {
        return Map.of("QBR_PORT", "0", "QBR_HOST", "127.0.0.1", "QBR_DATA_DIR", dataDirectory.toString(),
                "QBR_EMBEDDED_DB_PORT", Integer.toString(freePort()), "QBWC_USERNAME", USER,
                "QBWC_PASSWORD_HASH", HASH, "QBR_SYNC_WINDOW_MONTHS", "2");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + HttpServer.boundPort(server) + path);
    }

    static int freePort() {
        return TestPorts.free();
    }

    @Override
    public void close() {
        server.stop();
        root.close();
    }
}
