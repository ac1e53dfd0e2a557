package dev.qbrsync.app;

import dev.qbrsync.persistence.backup.BackupDirectory;
import dev.qbrsync.persistence.backup.DatabaseBackups;

import java.time.Clock;
import java.time.Duration;

/**
 * The daily backup a server takes when QBR_BACKUP_DIR is set, as one of its periodic jobs (so one instance at a time
 * takes it). A failure is counted for Prometheus and logged by the jobs; as it is not recorded as done, the next check
 * tries again, so backups resume by themselves once the disk has room.
 */
final class ScheduledBackups {
    static final String JOB = "backup";
    static final Duration INTERVAL = Duration.ofDays(1);

    private final BackupDirectory directory;
    private final DatabaseBackups backups;
    private final PrometheusMetrics metrics;
    private final Clock clock;

    ScheduledBackups(BackupDirectory directory, DatabaseBackups backups, PrometheusMetrics metrics, Clock clock) {
        this.directory = directory;
        this.backups = backups;
        this.metrics = metrics;
        this.clock = clock;
    }

    PeriodicJobs.Job job() {
        return new PeriodicJobs.Job(JOB, INTERVAL, this::takeOne);
    }

    String takeOne() {
        try {
            return directory.takeBackup(backups, clock.instant());
        } catch (RuntimeException e) {
            metrics.backupFailed();
            throw e;
        }
    }
}
