package dev.qbrsync.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.http.HttpServer;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
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
        this(dataDirectory, clock, extraSettings, List.of());
    }

    /** The application running an embedder's own jobs too. */
    TestApp(Path dataDirectory, Clock clock, Map<String, String> extraSettings, List<? extends QuickBooksJob> jobs) {
        Map<String, String> env = new HashMap<>(environment(dataDirectory));
        env.putAll(extraSettings);
        environment = Map.copyOf(env);
        root = new CompositionRoot(AppConfig.from(env), clock, jobs);
        server = root.httpServer().start();
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
