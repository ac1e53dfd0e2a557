package dev.qbrsync.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.qbrsync.http.HttpServer;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The whole application as serve runs it, on a free port, with its own embedded PostgreSQL in a temporary folder. */
final class TestApp implements AutoCloseable {
    static final String USER = "qbwc";
    static final String PASSWORD = "correct horse battery";
    private static final String HASH = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());

    final CompositionRoot root;
    final Javalin server;
    /** The settings it runs with, for a command run beside it. */
    final Map<String, String> environment;

    TestApp(Path dataDirectory, Clock clock, Map<String, String> extraSettings) {
        this(clock, merged(environment(dataDirectory), extraSettings));
    }

    private TestApp(Clock clock, Map<String, String> settings) {
        environment = Map.copyOf(settings);
        root = new CompositionRoot(AppConfig.from(settings), clock);
        server = root.httpServer().start();
    }

    /** A first start: no Web Connector user in the environment and, in a new data directory, no token. */
    static TestApp fresh(Path dataDirectory, Clock clock, Map<String, String> extraSettings) {
        Map<String, String> settings = merged(environment(dataDirectory), extraSettings);
        settings.remove("QBWC_USERNAME");
        settings.remove("QBWC_PASSWORD_HASH");
        return new TestApp(clock, settings);
    }

    private static Map<String, String> merged(Map<String, String> settings, Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(settings);
        all.putAll(extra);
        return all;
    }

    static Map<String, String> environment(Path dataDirectory) {
        return Map.of("QBR_PORT", "0", "QBR_HOST", "127.0.0.1", "QBR_DATA_DIR", dataDirectory.toString(),
                "QBR_EMBEDDED_DB_PORT", Integer.toString(freePort()), "QBWC_USERNAME", USER,
                "QBWC_PASSWORD_HASH", HASH, "QBR_SYNC_WINDOW_MONTHS", "2");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + HttpServer.boundPort(server) + path);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        root.close();
    }
}
