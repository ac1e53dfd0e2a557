package dev.qbrsync.app.cli;

import dev.qbrsync.persistence.backup.BackupFile;
import dev.qbrsync.persistence.backup.BackupManifest;
import dev.qbrsync.persistence.backup.BackupRefusedException;

import java.nio.file.Path;
import java.util.List;

/** Checks a backup file without restoring it, and without a database. */
public final class VerifyCommand implements Command {

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "check a backup file without restoring it";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync verify FILE

                Reads the backup FILE whole: its manifest, and every table's data against the manifest's SHA-256 and
                row count. Exits 0 when the backup is whole, 1 (saying why) when it is not. Needs no database.""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Path file = Path.of(new Arguments(arguments).positional(0, "the backup FILE to check"));
        try {
            BackupManifest manifest = BackupFile.verify(file);
            console.out().println(file + " is a whole backup: " + BackupDescription.of(manifest));
            for (BackupManifest.Table table : manifest.tables()) {
                console.out().printf("  %-26s %9d rows  sha256 %s%n", table.name(), table.rows(), table.sha256());
            }
            return 0;
        } catch (BackupRefusedException e) {
            console.err().println("Not a usable backup: " + e.getMessage());
            return 1;
        }
    }
}
