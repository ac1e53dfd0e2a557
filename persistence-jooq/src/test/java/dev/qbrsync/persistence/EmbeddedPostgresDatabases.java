package dev.qbrsync.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL 17 server per test JVM, started on first use, and a fresh migrated database from it for
 * each caller, so test classes never see each other's rows.
 */
public final class EmbeddedPostgresDatabases {
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabases() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return server;
    }

    /** A new, empty database on the shared server, migrated to the latest schema. */
    public static Database freshDatabase() {
        return Database.open(emptyDatabaseUrl(), USER, PASSWORD, 10);
    }

    /** The JDBC URL of a new database on the shared server, without any table yet (user and password: postgres). */
    public static synchronized String emptyDatabaseUrl() {
        String name = "qbr_test_" + NEXT.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return jdbcUrl(name);
    }

    public static String jdbcUrl(String database) {
        return server().getJdbcUrl(USER, database);
    }
}
