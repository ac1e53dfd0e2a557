package dev.qbrsync.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL 17 run by the application itself when no database is configured. Its data directory lives under the
 * application's data directory and is kept across restarts, so a fresh machine needs nothing installed.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String jdbcUrl) {
        this.postgres = postgres;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Starts the embedded server, or attaches to it when a running QBR Sync already started it (so command-line tools
     * such as {@code token} work beside a running server).
     */
    public static EmbeddedDatabase startOrAttach(Path dataDirectory, int port) {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres?user=" + USER;
        try (java.sql.Connection ignored = java.sql.DriverManager.getConnection(url)) {
            return new EmbeddedDatabase(null, url);
        } catch (java.sql.SQLException notRunning) {
            return start(dataDirectory, port);
        }
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port) {
        Path postgresData = dataDirectory.resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(postgresData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(postgresData)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            return new EmbeddedDatabase(postgres, postgres.getJdbcUrl(USER, "postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + postgresData
                    + " (is another QBR Sync using port " + port + "? set QBR_EMBEDDED_DB_PORT)", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stops the server if this process started it; an attached one belongs to the process that started it. */
    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
