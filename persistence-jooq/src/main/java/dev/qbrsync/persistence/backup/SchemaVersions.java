package dev.qbrsync.persistence.backup;

import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Schema versions as Flyway numbers them: the newest migration applied to a database, and their order. */
final class SchemaVersions {
    private SchemaVersions() {
    }

    /** The newest successfully applied migration's version; empty when Flyway has not migrated the database. */
    static Optional<String> applied(Connection connection) throws SQLException {
        if (!Catalog.tableExists(connection, BackupTables.MIGRATION_HISTORY)) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT version FROM "
                + Sql.identifier(BackupTables.MIGRATION_HISTORY) + " WHERE success AND version IS NOT NULL"
                + " ORDER BY installed_rank DESC LIMIT 1");
             ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }

    static boolean newer(String version, String than) {
        return MigrationVersion.fromVersion(version).compareTo(MigrationVersion.fromVersion(than)) > 0;
    }
}
