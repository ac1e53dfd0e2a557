package dev.qbrsync.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Pre-release builds of QBR Sync created a schema of their own (migration 1 "schema") that the dashboard-compatible
 * schema does not grow out of. Such a database is refused with a clear way forward rather than half migrated.
 */
final class PreReleaseSchema {

    private PreReleaseSchema() {
    }

    static void refuseIfPresent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1 from information_schema.tables where table_schema = "
                     + "current_schema() and table_name = 'flyway_schema_history'")) {
            if (!rows.next()) {
                return;
            }
            try (ResultSet history = statement.executeQuery("select 1 from flyway_schema_history where version = '1' "
                    + "and description = 'schema'")) {
                if (history.next()) {
                    throw new IllegalStateException("This database was created by a pre-release build of QBR Sync, "
                            + "whose tables differ from the dashboard's. Start with an empty database (for the "
                            + "embedded one: a new QBR_DATA_DIR) and let the Web Connector sync again.");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's migration history: " + e.getMessage(), e);
        }
    }
}
