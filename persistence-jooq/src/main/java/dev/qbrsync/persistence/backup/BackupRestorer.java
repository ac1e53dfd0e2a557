package dev.qbrsync.persistence.backup;

import dev.qbrsync.persistence.Database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Restores a backup into a database without QBR Sync data. Nothing is changed before the file has passed its checks
 * (manifest, every checksum, a schema this QBR Sync knows) and the database was found empty, or, with replace, its QBR
 * Sync tables were named and dropped. The schema is then built by the same migrations up to the backup's version, the
 * rows loaded in one transaction (checked again as they are read) with the sequences set past them, and the schema
 * migrated on to the newest version, as an upgrade would.
 */
public final class BackupRestorer {
    private final DataSource dataSource;
    private final Consumer<String> progress;

    /** @param progress told each step, for the person restoring */
    public BackupRestorer(DataSource dataSource, Consumer<String> progress) {
        this.dataSource = dataSource;
        this.progress = progress;
    }

    public BackupManifest restore(Path path, boolean replace) {
        try (BackupFile file = BackupFile.open(path)) {
            BackupManifest manifest = file.manifest();
            file.verifyTables();
            requireKnownSchema(manifest);
            prepareEmptyDatabase(replace);
            progress.accept("Building the schema up to version " + manifest.schemaVersion() + " (the backup's)");
            Database.migrateTo(dataSource, manifest.schemaVersion());
            new TableLoader(dataSource, progress).load(file, inLoadOrder(manifest));
            int migrations = Database.migrate(dataSource);
            progress.accept(migrations == 0 ? "The schema is at the newest version"
                    : "Migrated the restored data forward by " + migrations + " migration(s)");
            return manifest;
        } catch (SQLException e) {
            throw new BackupRefusedException("The restore stopped: the database said " + e.getMessage(), e);
        }
    }

    private void requireKnownSchema(BackupManifest manifest) {
        String newest = Database.newestSchemaVersion(dataSource);
        if (SchemaVersions.newer(manifest.schemaVersion(), newest)) {
            throw new BackupRefusedException("the backup is from a newer schema (version " + manifest.schemaVersion()
                    + ", taken by " + manifest.qbrSyncVersion() + ") than this QBR Sync knows (up to version " + newest
                    + "): restore it with that QBR Sync or a later one");
        }
        manifest.tables().stream().map(BackupManifest.Table::name)
                .filter(name -> !BackupTables.IN_LOAD_ORDER.contains(name)).findFirst().ifPresent(name -> {
                    throw new BackupRefusedException("the backup holds a table this QBR Sync does not know: " + name);
                });
    }

    private void prepareEmptyDatabase(boolean replace) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            RunningServers.refuseIfAny(connection);
            Map<String, Long> present = Catalog.rowCounts(connection, BackupTables.withMigrationHistory());
            if (present.isEmpty()) {
                return;
            }
            if (!replace) {
                throw new BackupRefusedException("the database is not empty: it holds QBR Sync's tables ("
                        + ReplacedTables.describe(present) + "). Restore into an empty database or a new data "
                        + "directory, or add --replace to drop these tables first");
            }
            progress.accept("Dropping (--replace): " + ReplacedTables.describe(present));
            ReplacedTables.drop(connection, present.keySet());
        }
    }

    private static List<BackupManifest.Table> inLoadOrder(BackupManifest manifest) {
        return manifest.tables().stream()
                .sorted(Comparator.comparingInt(table -> BackupTables.IN_LOAD_ORDER.indexOf(table.name()))).toList();
    }
}
