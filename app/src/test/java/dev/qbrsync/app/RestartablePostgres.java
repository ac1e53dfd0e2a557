package dev.qbrsync.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A PostgreSQL of the test's own, outside the application (as with QBR_DATABASE_URL), that can be stopped and started
 * again on the same port with the same data, to play an outage.
 */
final class RestartablePostgres implements AutoCloseable {
    private final Path dataDirectory;
    private final int port = TestApp.freePort();
    private EmbeddedPostgres running;

    RestartablePostgres(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        start();
    }

    void start() {
        try {
            running = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings of an application on this database, its other files in {@code appDirectory}. */
    Map<String, String> environment(Path appDirectory) {
        Map<String, String> env = new HashMap<>(TestApp.settings(appDirectory));
        env.put("QBR_DATABASE_URL", "jdbc:postgresql://localhost:" + port + "/postgres");
        return env;
    }

    @Override
    public void close() {
        stop();
    }
}
