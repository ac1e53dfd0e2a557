package dev.qbrsync.app;

import dev.qbrsync.persistence.EmbeddedPostgresDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A database on the tests' embedded PostgreSQL as the replaced Python service left it (the fixture scripts in
 * {@code legacy/}), in either form of the metrics' uniqueness, and plain SQL against it.
 */
final class ReplacedServiceDatabase {
    /** The two forms of qbr_metrics_monthly's uniqueness an existing database may hold. */
    enum Uniqueness {
        /** The earlier plain unique constraint uq_metrics_monthly_period_metric_org_vendor. */
        PLAIN_CONSTRAINT,
        /** The latest migration's two partial unique indexes, with and without a vendor. */
        PARTIAL_INDEXES
    }

    final String jdbcUrl;

    private ReplacedServiceDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** A new database holding the replaced service's tables and rows, with this form of the metrics' uniqueness. */
    static ReplacedServiceDatabase create(Uniqueness uniqueness) throws SQLException {
        ReplacedServiceDatabase database = empty();
        List<String> scripts = new ArrayList<>(List.of("replaced-service-schema.sql", "replaced-service-rows.sql"));
        if (uniqueness == Uniqueness.PARTIAL_INDEXES) {
            scripts.add("replaced-service-latest-migration.sql");
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String script : scripts) {
                statement.execute(resource("/legacy/" + script));
            }
        }
        return database;
    }

    /** A new, empty database, for QBR Sync to create its tables in. */
    static ReplacedServiceDatabase empty() throws SQLException {
        String name = "dashboard_" + System.nanoTime();
        try (Connection admin = EmbeddedPostgresDatabases.server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ReplacedServiceDatabase(EmbeddedPostgresDatabases.jdbcUrl(name));
    }

    /** The settings that point QBR Sync at this database, beside a test application's own. */
    Map<String, String> settings() {
        return Map.of("QBR_DATABASE_URL", jdbcUrl, "QBR_DATABASE_USER", "postgres", "QBR_DATABASE_PASSWORD",
                "postgres");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Each row of a query as its cells joined by {@code |} (null as {@code null}). */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (Map<String, String> row : records(sql)) {
            rows.add(String.join("|", row.values().stream().map(String::valueOf).toList()));
        }
        return rows;
    }

    /** Each row of a query by column name, in the query's order. */
    List<Map<String, String>> records(String sql) throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<Map<String, String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(result.getMetaData().getColumnName(i), result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String resource(String path) {
        try (InputStream script = ReplacedServiceDatabase.class.getResourceAsStream(path)) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
