package dev.qbrsync.persistence.backup;

import dev.qbrsync.persistence.ServerInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A restore needs the database to itself: a running QBR Sync holds its liveness lock for as long as it runs. */
final class RunningServers {
    private RunningServers() {
    }

    static void refuseIfAny(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype ="
                + " 'advisory' AND granted AND classid::bigint = ? AND pid <> pg_backend_pid()")) {
            query.setLong(1, ServerInstance.LIVENESS_LOCK_CLASS);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long running = row.getLong(1);
                if (running > 0) {
                    throw new BackupRefusedException(running + " QBR Sync server(s) are running on this database; "
                            + "stop every one before restoring");
                }
            }
        }
    }
}
