package dev.qbrsync.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Flyway's record of what it applied ({@code flyway_schema_history}), compared with what this build ships. When they
 * match exactly, a start has nothing to migrate and nothing to validate, and skips Flyway (its class-path scan and
 * validation cost most of a restart's migration step); any difference, or any doubt, leaves the decision to Flyway.
 */
final class SchemaHistory {
    private SchemaHistory() {
    }

    /**
     * True when every migration this build ships is applied with an unchanged checksum, and the history holds nothing
     * else but the baseline of an adopted database: no failed, newer, removed or repaired entry.
     */
    static boolean matchesShipped(DataSource dataSource) {
        Map<String, Integer> applied = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, checksum, type, success FROM flyway_schema_history")) {
            while (rows.next()) {
                String type = rows.getString("type");
                if (type.equals("BASELINE") && rows.getBoolean("success")) {
                    continue;
                }
                if (!type.equals("SQL") || !rows.getBoolean("success") || rows.getObject("checksum") == null) {
                    return false;
                }
                if (applied.put(rows.getString("version"), rows.getInt("checksum")) != null) {
                    return false;
                }
            }
        } catch (SQLException noHistoryOrNoAnswer) {
            return false; // a new database, or one that does not answer: Flyway decides and reports
        }
        return applied.equals(ShippedMigrations.checksumsByVersion());
    }
}
