package dev.qbrsync.app;

import dev.qbrsync.persistence.backup.BackupRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup that meets a full disk leaves no file, is counted, and is taken once there is room again. */
@Isolated
class BackupDiskFullTest {

    @Test
    void aFullDiskLeavesNoBackupFileAndTheNextCheckTakesItOnceThereIsRoom(@TempDir Path directory) throws Exception {
        Path backups = directory.resolve("backups");
        try (SmallDisk disk = SmallDisk.mount(backups, "256k");
             TestApp app = new TestApp(directory.resolve("data"),
                     Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC),
                     Map.of("QBR_BACKUP_DIR", backups.toString()))) {
            disk.fill();

            assertThatThrownBy(() -> app.root.administration().backups().write(backups.resolve("by-hand.zip")))
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("The backup was not written").hasMessageContaining("No space left on device");
            app.root.periodicJobs().runDueJobs();

            assertThat(ScheduledBackupsTest.names(backups)).containsExactly("filler");
            assertThat(ScheduledBackupsTest.scrape(app)).contains("qbr_backup_failures_total 1.0",
                    "qbr_last_backup_age_seconds +Inf");

            disk.free();
            app.root.periodicJobs().runDueJobs();

            assertThat(ScheduledBackupsTest.names(backups)).containsExactly("qbr-sync-backup-20260210T150000Z.zip");
            assertThat(ScheduledBackupsTest.scrape(app)).contains("qbr_last_backup_age_seconds 0.0");
        }
    }
}
