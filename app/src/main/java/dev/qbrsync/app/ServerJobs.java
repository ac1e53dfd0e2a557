package dev.qbrsync.app;

import dev.qbrsync.core.exchange.AbandonedSessions;
import dev.qbrsync.persistence.JobLease;
import dev.qbrsync.persistence.RawPayloadRetention;
import dev.qbrsync.persistence.backup.BackupDirectory;
import dev.qbrsync.persistence.backup.DatabaseBackups;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The jobs a running server repeats: raw payload retention, abandoned sessions and, when configured, backups. */
final class ServerJobs {
    private ServerJobs() {
    }

    static PeriodicJobs of(AppConfig config, PostgresAdapters adapters, JobLease lease, AbandonedSessions abandoned,
                           DatabaseBackups backups, PrometheusMetrics prometheus, Clock clock) {
        RawPayloadRetention retention = new RawPayloadRetention(adapters.history(),
                config.sync().rawPayloadRetentionDays(), clock);
        List<PeriodicJobs.Job> jobs = new ArrayList<>(List.of(
                new PeriodicJobs.Job("raw-payload-retention", Duration.ofDays(1),
                        () -> "Raw payload retention purged " + retention.purgeExpired() + " payloads"),
                new PeriodicJobs.Job("abandoned-sessions", PeriodicJobs.TICK.dividedBy(2), () -> {
                    int closed = abandoned.sweep();
                    return closed == 0 ? "" : "Closed " + closed + " abandoned session(s)";
                })));
        backupDirectory(config).ifPresent(directory -> jobs.add(
                new ScheduledBackups(directory, backups, prometheus, clock).job()));
        return new PeriodicJobs(lease, jobs);
    }

    /** The directory of QBR_BACKUP_DIR, when set. */
    static Optional<BackupDirectory> backupDirectory(AppConfig config) {
        return config.backups().directory().map(directory -> new BackupDirectory(directory, config.backups().keep()));
    }
}
