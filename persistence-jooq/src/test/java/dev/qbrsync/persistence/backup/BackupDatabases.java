package dev.qbrsync.persistence.backup;

import dev.qbrsync.persistence.EmbeddedPostgresDatabases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Empty databases to restore into, and every row of every QBR Sync table, to compare two databases by. */
public final class BackupDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private BackupDatabases() {
    }

    /** A new database with nothing in it, not even the migrations. */
    public static DataSource empty() throws SQLException {
        String name = "qbr_restore_" + NEXT.incrementAndGet();
        try (Connection connection = EmbeddedPostgresDatabases.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return EmbeddedPostgresDatabases.server().getDatabase("postgres", name);
    }

    /**
     * Per table, every row as JSON, sorted; without the columns named (such as an instance's heartbeat, which moves
     * on its own).
     */
    public static Map<String, List<String>> everyRow(DataSource database, String... leftOutColumns)
            throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = database.getConnection()) {
            for (String table : BackupTables.IN_LOAD_ORDER) {
                List<String> rows = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement("SELECT (to_jsonb(t) - ?::text[])::text FROM "
                        + table + " t ORDER BY 1")) {
                    query.setArray(1, connection.createArrayOf("text", leftOutColumns));
                    try (ResultSet result = query.executeQuery()) {
                        while (result.next()) {
                            rows.add(result.getString(1));
                        }
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    public static void execute(DataSource database, String... statements) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    public static String query(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
