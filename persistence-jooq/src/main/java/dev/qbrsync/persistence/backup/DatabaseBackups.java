package dev.qbrsync.persistence.backup;

import dev.qbrsync.persistence.Database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Backups of a running database, on a connection of their own so the pool's calls go on beside them. */
public final class DatabaseBackups {
    private final Database database;
    private final BackupWriter writer;

    public DatabaseBackups(Database database, String qbrSyncVersion) {
        this.database = database;
        this.writer = new BackupWriter(qbrSyncVersion);
    }

    public BackupManifest write(Path file) {
        try (Connection connection = database.unpooledConnection()) {
            return writer.write(connection, file);
        } catch (SQLException e) {
            throw new BackupRefusedException("The backup was not taken: cannot connect to the database ("
                    + e.getMessage() + ")", e);
        }
    }
}
