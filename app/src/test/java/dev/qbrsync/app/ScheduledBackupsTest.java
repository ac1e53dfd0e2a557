package dev.qbrsync.app;

import dev.qbrsync.persistence.backup.BackupDirectory;
import dev.qbrsync.persistence.backup.BackupFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With QBR_BACKUP_DIR and QBR_BACKUP_KEEP the server takes a daily backup as a periodic job, keeps the newest N, and
 * says in /api/qbwc/status and Prometheus when the newest was taken; a failure is counted and leaves nothing behind.
 */
class ScheduledBackupsTest {
    private static final Instant NOW = Instant.parse("2026-02-10T15:00:00Z");

    @Test
    void theDailyJobKeepsTheNewestNAndTheirAgeIsReported(@TempDir Path directory) throws Exception {
        Path backups = directory.resolve("backups");
        try (TestApp app = new TestApp(directory.resolve("data"), Clock.fixed(NOW, ZoneOffset.UTC),
                Map.of("QBR_BACKUP_DIR", backups.toString(), "QBR_BACKUP_KEEP", "2"))) {
            assertThat(scrape(app)).contains("qbr_last_backup_age_seconds +Inf", "qbr_backup_failures_total 0.0");
            BackupDirectory earlier = new BackupDirectory(backups, 2);
            earlier.takeBackup(app.root.administration().backups(), NOW.minus(Duration.ofDays(2)));
            earlier.takeBackup(app.root.administration().backups(), NOW.minus(Duration.ofDays(1)));
            Files.writeString(backups.resolve("notes.txt"), "kept by a person");

            app.root.periodicJobs().runDueJobs();
            app.root.periodicJobs().runDueJobs();

            assertThat(names(backups)).containsExactlyInAnyOrder("notes.txt",
                    "qbr-sync-backup-20260209T150000Z.zip", "qbr-sync-backup-20260210T150000Z.zip");
            assertThat(BackupFile.verify(backups.resolve("qbr-sync-backup-20260210T150000Z.zip")).tables())
                    .isNotEmpty();
            assertThat(scrape(app)).contains("qbr_last_backup_age_seconds 0.0");
            assertThat(status(app)).contains("\"backups\":{\"scheduled\":true,\"lastBackupAt\":\"2026-02-10T15:00:00Z\"}");
        }
    }

    @Test
    void withoutABackupDirectoryNoneIsTakenAndStatusSaysSo(@TempDir Path directory) throws Exception {
        try (TestApp app = new TestApp(directory.resolve("data"), Clock.fixed(NOW, ZoneOffset.UTC), Map.of())) {
            app.root.periodicJobs().runDueJobs();

            assertThat(status(app)).contains("\"backups\":{\"scheduled\":false,\"lastBackupAt\":null}");
            assertThat(scrape(app)).doesNotContain("qbr_last_backup_age_seconds");
        }
    }

    @Test
    void aFailedBackupIsCountedLeavesNoFileAndIsTakenOnceItCanBe(@TempDir Path directory) throws Exception {
        Path backups = directory.resolve("backups");
        Files.writeString(backups, "a file where the directory should be");
        try (TestApp app = new TestApp(directory.resolve("data"), Clock.fixed(NOW, ZoneOffset.UTC),
                Map.of("QBR_BACKUP_DIR", backups.toString()))) {
            app.root.periodicJobs().runDueJobs();

            assertThat(scrape(app)).contains("qbr_backup_failures_total 1.0", "qbr_last_backup_age_seconds +Inf");

            Files.delete(backups);
            app.root.periodicJobs().runDueJobs();

            assertThat(names(backups)).containsExactly("qbr-sync-backup-20260210T150000Z.zip");
            assertThat(scrape(app)).contains("qbr_backup_failures_total 1.0", "qbr_last_backup_age_seconds 0.0");
        }
    }

    static List<String> names(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    static String scrape(TestApp app) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String status(TestApp app) throws Exception {
        return new ApiClient(app, app.root.administration().apiAccess().create("status").secret())
                .get("/api/qbwc/status").body();
    }
}
