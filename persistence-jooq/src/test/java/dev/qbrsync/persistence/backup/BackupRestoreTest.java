package dev.qbrsync.persistence.backup;

import dev.qbrsync.persistence.Database;
import dev.qbrsync.persistence.EmbeddedPostgresDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backups round trip every row; damaged, newer and misdirected restores are refused before anything changes. */
class BackupRestoreTest {
    @TempDir
    Path directory;
    private Database source;
    private final List<String> said = new ArrayList<>();

    @BeforeEach
    void someData() throws Exception {
        source = EmbeddedPostgresDatabases.freshDatabase();
        BackupDatabases.execute(source.dataSource(),
                "INSERT INTO organization (name) VALUES ('Second company')",
                "INSERT INTO qbr_metrics_monthly (period, organization_id, vendor_id, metric_name, metric_value,"
                        + " data_source, manually_entered_by, notes) VALUES ('2026-01', 1, 1, 'mrr', 1234.56,"
                        + " 'manual', 'ann@example.com', 'line one\nline two, with a tab\there')",
                "INSERT INTO qbwc_account_mappings (organization_id, qbr_metric_key, qb_account_pattern, match_type)"
                        + " VALUES (1, 'nrr', 'Project Work', 'words')",
                "INSERT INTO qbr_audit_log (user_email, action, success, details) VALUES ('ann@example.com',"
                        + " 'rule.create', true, '{\"a\": [1, 2]}')",
                "INSERT INTO qbr_api_tokens (name, secret_hash, created_at, role) VALUES ('finance', repeat('a', 64), now(),"
                        + " 'viewer')");
    }

    @Test
    void theMigrationsCreateExactlyTheTablesABackupHolds() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = source.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).containsExactlyInAnyOrderElementsOf(BackupTables.withMigrationHistory());
    }

    @Test
    void aRestoredDatabaseHoldsEveryRowAndItsSequencesGoOnPastThem() throws Exception {
        Path file = backup();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(directory)).containsExactly(file);

        DataSource restored = BackupDatabases.empty();
        BackupManifest manifest = new BackupRestorer(restored, said::add).restore(file, false);

        assertThat(BackupDatabases.everyRow(restored)).isEqualTo(BackupDatabases.everyRow(source.dataSource()));
        assertThat(manifest.tables()).extracting(BackupManifest.Table::name)
                .containsExactlyElementsOf(BackupTables.IN_LOAD_ORDER);
        assertThat(BackupDatabases.query(restored, "SELECT max(version) FROM flyway_schema_history"))
                .isEqualTo(Database.newestSchemaVersion(restored));
        String highest = BackupDatabases.query(restored, "SELECT max(id) FROM organization");
        BackupDatabases.execute(restored, "INSERT INTO organization (name) VALUES ('After the restore')");
        assertThat(BackupDatabases.query(restored, "SELECT id FROM organization WHERE name = 'After the restore'"))
                .isEqualTo(String.valueOf(Integer.parseInt(highest) + 1));
    }

    @Test
    void verifyReadsEveryTableAndFindsAChangedOne() throws Exception {
        Path file = backup();
        assertThat(BackupFile.verify(file).totalRows()).isGreaterThan(80);

        rewriteEntry(file, "tables/qbr_metrics_monthly.copy", data -> data.replace("1234.56", "9234.56"));

        assertThatThrownBy(() -> BackupFile.verify(file)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("table qbr_metrics_monthly does not match its SHA-256");
        DataSource target = BackupDatabases.empty();
        assertThatThrownBy(() -> new BackupRestorer(target, said::add).restore(file, false))
                .hasMessageContaining("qbr_metrics_monthly");
        assertThat(BackupDatabases.query(target, "SELECT to_regclass('organization') IS NULL")).isEqualTo("t");
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path file = backup();
        rewriteEntry(file, "manifest.json", json -> json.replaceFirst("\"schemaVersion\" : \"[0-9.]+\"",
                "\"schemaVersion\" : \"99\""));

        DataSource target = BackupDatabases.empty();
        assertThatThrownBy(() -> new BackupRestorer(target, said::add).restore(file, false))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("newer schema (version 99")
                .hasMessageContaining("up to version " + Database.newestSchemaVersion(target));
        assertThat(BackupDatabases.query(target, "SELECT to_regclass('flyway_schema_history') IS NULL"))
                .isEqualTo("t");
    }

    @Test
    void aDatabaseWithDataIsRefusedUnlessReplaceWhichNamesWhatItDrops() throws Exception {
        Path file = backup();
        Database other = EmbeddedPostgresDatabases.freshDatabase();
        BackupDatabases.execute(other.dataSource(), "INSERT INTO organization (name) VALUES ('Kept unless replaced')");

        assertThatThrownBy(() -> new BackupRestorer(other.dataSource(), said::add).restore(file, false))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("not empty").hasMessageContaining("organization (2 rows)")
                .hasMessageContaining("--replace");
        assertThat(BackupDatabases.query(other.dataSource(), "SELECT count(*) FROM organization")).isEqualTo("2");

        new BackupRestorer(other.dataSource(), said::add).restore(file, true);
        assertThat(said).anyMatch(line -> line.startsWith("Dropping (--replace): organization (2 rows)"));
        assertThat(BackupDatabases.everyRow(other.dataSource()))
                .isEqualTo(BackupDatabases.everyRow(source.dataSource()));
    }

    @Test
    void aBackupOfAnOlderSchemaIsMigratedForward() throws Exception {
        DataSource older = BackupDatabases.empty();
        Database.migrateTo(older, "4");
        BackupDatabases.execute(older, "INSERT INTO qbr_metrics_monthly (period, organization_id, metric_name,"
                + " metric_value) VALUES ('2025-12', 1, 'orr', 10.00)");
        Path file = directory.resolve("older.zip");
        BackupManifest manifest;
        try (Connection connection = older.getConnection()) {
            manifest = new BackupWriter("QBR Sync test").write(connection, file);
        }
        assertThat(manifest.schemaVersion()).isEqualTo("4");
        assertThat(manifest.tables()).extracting(BackupManifest.Table::name).doesNotContain("qbr_instances");

        DataSource restored = BackupDatabases.empty();
        new BackupRestorer(restored, said::add).restore(file, false);

        assertThat(BackupDatabases.query(restored, "SELECT metric_value FROM qbr_metrics_monthly")).isEqualTo("10.00");
        assertThat(BackupDatabases.query(restored, "SELECT to_regclass('qbr_browser_sessions') IS NOT NULL"))
                .isEqualTo("t");
        assertThat(said).anyMatch(line -> line.matches("Migrated the restored data forward by [1-9][0-9]* .*"));
    }

    private Path backup() throws Exception {
        Path file = directory.resolve("backup.zip");
        try (Connection connection = source.unpooledConnection()) {
            new BackupWriter("QBR Sync test").write(connection, file);
        }
        return file;
    }

    private static void rewriteEntry(Path file, String entry, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
            Path inside = zip.getPath(entry);
            String changed = change.apply(Files.readString(inside, StandardCharsets.UTF_8));
            Files.writeString(inside, changed, StandardOpenOption.TRUNCATE_EXISTING);
        }
    }
}
