package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.RestoreTarget;
import dev.qbrsync.persistence.backup.BackupFile;
import dev.qbrsync.persistence.backup.BackupManifest;
import dev.qbrsync.persistence.backup.BackupRefusedException;
import dev.qbrsync.persistence.backup.BackupRestorer;

import java.nio.file.Path;
import java.util.List;

/** Restores a backup into a database without QBR Sync data, with no server running. */
public final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "restore a backup into an empty database";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync restore FILE [--replace]

                Restores the backup FILE into QBR_DATABASE_URL (or the embedded database in QBR_DATA_DIR; a new
                data directory is created). Stop every QBR Sync server on that database first. FILE is checked
                whole before anything changes; a backup of an older schema is migrated forward by the same
                migrations as an upgrade, one of a newer schema is refused. The database must hold no QBR Sync
                tables, unless --replace: then they are dropped (each is named, with its row count) before the
                restore. Nothing else in the database is touched.""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Path file = Path.of(new Arguments(arguments).positional(0, "the backup FILE to restore"));
        boolean replace = arguments.contains("--replace");
        try {
            BackupFile.verify(file);
            try (RestoreTarget target = RestoreTarget.open(AppConfig.from(console.environment()))) {
                BackupManifest manifest = new BackupRestorer(target.dataSource(), console.out()::println)
                        .restore(file, replace);
                console.out().println("Restored " + file + " into " + target.description() + ": "
                        + BackupDescription.of(manifest));
                return 0;
            }
        } catch (BackupRefusedException e) {
            console.err().println("Restore refused: " + e.getMessage());
            return 1;
        }
    }
}
