package dev.qbrsync.http.api;

import java.time.Instant;
import java.util.Optional;

/** The installation's scheduled backups, as {@code /api/qbwc/status} reports them; the application keeps them. */
public interface BackupState {

    /** Whether the server takes scheduled backups (QBR_BACKUP_DIR is set). */
    default boolean backupsScheduled() {
        return false;
    }

    /** When the newest scheduled backup was taken; empty when there is none (or none are scheduled). */
    default Optional<Instant> lastBackupAt() {
        return Optional.empty();
    }
}
