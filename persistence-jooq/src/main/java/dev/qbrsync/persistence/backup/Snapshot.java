package dev.qbrsync.persistence.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What a backup reads besides the rows, all inside the backup's one transaction. */
final class Snapshot {
    private final Connection connection;
    private Instant takenAt;
    private String schemaVersion;

    Snapshot(Connection connection) {
        this.connection = connection;
    }

    /**
     * Starts the snapshot: read only, without the session's statement and idle limits (a large table may take longer
     * to copy than a request may), and reads when it was taken and the schema version it holds.
     */
    void begin() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION READ ONLY");
            statement.execute("SET LOCAL statement_timeout = 0");
            statement.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
            try (ResultSet now = statement.executeQuery("SELECT now()")) {
                now.next();
                takenAt = now.getObject(1, OffsetDateTime.class).toInstant();
            }
            schemaVersion = SchemaVersions.applied(connection).orElseThrow(() -> new BackupRefusedException(
                    "the database has no QBR Sync schema yet (no applied migration): there is nothing to back up"));
        }
    }

    Instant takenAt() {
        return takenAt;
    }

    String schemaVersion() {
        return schemaVersion;
    }

    /** The table's columns that take values (not generated ones), in their order; none when it does not exist. */
    List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'"
                + " ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }
}
