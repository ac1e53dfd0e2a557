package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.CompositionRoot;
import dev.qbrsync.persistence.backup.BackupManifest;
import dev.qbrsync.persistence.backup.BackupRefusedException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Writes a consistent backup of every QBR Sync table, beside a running server or on its own. */
public final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "write a backup of every QBR Sync table to a file";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync backup --out FILE

                Writes every QBR Sync table of QBR_DATABASE_URL (or the embedded database in QBR_DATA_DIR, also
                while a server runs and syncs) as one consistent snapshot into FILE, a zip with a manifest (QBR Sync
                and schema version, tables, row counts, SHA-256 per table, when it was taken). FILE must not exist;
                it is readable by its owner only. Passwords and tokens are in it as the hashes the database keeps.
                Needs no PostgreSQL programs. Check a backup with 'verify', bring it back with 'restore'.""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        String out = new Arguments(arguments).option("--out", null);
        if (out == null) {
            throw new UsageException("backup needs --out FILE");
        }
        Path file = Path.of(out);
        try (CompositionRoot root = new CompositionRoot(AppConfig.from(console.environment()), Clock.systemUTC())) {
            BackupManifest manifest = root.administration().backups().write(file);
            console.out().println("Backup written to " + file + ": " + BackupDescription.of(manifest));
            return 0;
        } catch (BackupRefusedException e) {
            console.err().println("Backup failed: " + e.getMessage());
            return 1;
        }
    }
}
