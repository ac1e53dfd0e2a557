package dev.qbrsync.persistence.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a database holds of QBR Sync's tables, read from PostgreSQL's catalog. */
final class Catalog {
    private Catalog() {
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, Sql.identifier(table));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /** Each of the given tables that exists, with its row count, in the given order. */
    static Map<String, Long> rowCounts(Connection connection, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            if (tableExists(connection, table)) {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT count(*) FROM " + Sql.identifier(table))) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
        }
        return counts;
    }
}
