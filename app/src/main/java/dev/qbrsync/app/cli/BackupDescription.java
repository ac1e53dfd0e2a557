package dev.qbrsync.app.cli;

import dev.qbrsync.persistence.backup.BackupManifest;

/** One line on a backup, for the commands that write, check and restore one. */
final class BackupDescription {
    private BackupDescription() {
    }

    static String of(BackupManifest manifest) {
        return manifest.totalRows() + " rows in " + manifest.tables().size() + " tables, taken at "
                + manifest.takenAt() + " by " + manifest.qbrSyncVersion() + ", schema version "
                + manifest.schemaVersion();
    }
}
