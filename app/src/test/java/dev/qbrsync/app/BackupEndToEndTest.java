package dev.qbrsync.app;

import dev.qbrsync.app.cli.Console;
import dev.qbrsync.embeddedpostgres.EmbeddedDatabase;
import dev.qbrsync.embeddedpostgres.PortSetting;
import dev.qbrsync.persistence.backup.BackupDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static dev.qbrsync.app.WebConnectorClient.result;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup a finance team relies on, through the command line: taken while a sync runs, after a person typed a
 * value and wrote a rule, restored into a new data directory with every row of every table; a damaged backup and one
 * of a newer schema refused with their reasons.
 */
class BackupEndToEndTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);
    /** The one column that moves by itself: a running instance's heartbeat, every few seconds. */
    private static final String HEARTBEAT = "heartbeat_at";

    @TempDir
    static Path directory;
    private static Path backup;
    private static Map<String, List<String>> rowsAtBackup;
    private static String sessionCompletedAfterBackup;

    @BeforeAll
    static void aBackupTakenWhileASyncRuns() throws Exception {
        backup = directory.resolve("qbr-sync-backup.zip");
        try (TestApp app = new TestApp(directory.resolve("source"), CLOCK, Map.of())) {
            WebConnectorClient qbwc = new WebConnectorClient(app.uri("/api/qbwc"));
            String ticket = qbwc.authenticate();
            finishSession(qbwc, ticket, qbwc.sendRequest(ticket));
            ApiClient api = new ApiClient(app, app.root.administration().apiAccess().create("finance").secret());
            api.expect(201, api.send("POST", "/api/qbwc/mappings", "{\"pattern\":\"Interest Income\","
                    + "\"matchType\":\"exact\",\"metric\":\"nrr\",\"company\":\"1\"}"));
            BackupDatabases.execute(app.root.database().dataSource(), "INSERT INTO qbr_metrics_monthly (period,"
                    + " organization_id, metric_name, metric_value, data_source, manually_entered_by, notes) VALUES"
                    + " ('2026-01', 1, 'customers', 42, 'manual', 'cfo@acme.example', 'counted by hand')");
            api.expect(202, api.send("POST", "/api/qbwc/resync", "{\"months\":[\"2026-01\"]}"));
            String running = qbwc.authenticate();
            String request = qbwc.sendRequest(running);

            Map<String, List<String>> before = BackupDatabases.everyRow(app.root.database().dataSource(), HEARTBEAT);
            assertThat(new CommandRun(app.environment).run("backup", "--out", backup.toString())).isZero();
            rowsAtBackup = BackupDatabases.everyRow(app.root.database().dataSource(), HEARTBEAT);

            assertThat(rowsAtBackup).as("nothing else wrote while the backup ran").isEqualTo(before);
            assertThat(rowsAtBackup.get("qbwc_sync_sessions")).anyMatch(row -> row.contains("AWAITING_RESPONSE"));
            sessionCompletedAfterBackup = finishSession(qbwc, running, request);
        }
    }

    @Test
    void aRestoreIntoANewDataDirectoryHoldsEveryRowOfEveryTable() throws Exception {
        Path restored = directory.resolve("restored");
        // No database named: the restore makes its own new embedded one in the new data directory.
        Map<String, String> environment = TestApp.settings(restored);
        CommandRun restore = new CommandRun(environment);

        assertThat(restore.run("restore", backup.toString())).as(restore.err()).isZero();

        assertThat(sessionCompletedAfterBackup).startsWith("Sync complete");
        assertThat(restore.out()).contains("Restored qbwc_sync_history", "Restored " + backup);
        try (EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(restored,
                new PortSetting(Integer.parseInt(environment.get("QBR_EMBEDDED_DB_PORT")), "QBR_EMBEDDED_DB_PORT"))) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(database.jdbcUrl());
            dataSource.setUser(database.user());
            dataSource.setPassword(database.password());
            Map<String, List<String>> rows = BackupDatabases.everyRow(dataSource, HEARTBEAT);
            assertThat(rows).isEqualTo(rowsAtBackup);
            assertThat(rows.get("qbr_metrics_monthly")).anyMatch(row -> row.contains("cfo@acme.example"))
                    .anyMatch(row -> row.contains("\"data_source\": \"quickbooks\""));
            assertThat(rows.get("qbwc_account_mappings")).anyMatch(row -> row.contains("Interest Income"));
            assertThat(rows.get("qbr_api_tokens")).singleElement().asString().contains("finance");
            assertThat(rows.get("qbr_audit_log")).anyMatch(row -> row.contains("qbwc.authenticate"));
        }

        CommandRun again = new CommandRun(environment);
        assertThat(again.run("restore", backup.toString())).isEqualTo(1);
        assertThat(again.err()).contains("Restore refused: the database is not empty", "--replace");
    }

    @Test
    void aChangedBackupIsRefusedNamingTheTable() throws Exception {
        Path changed = copyWith("changed.zip", "tables/qbr_metrics_monthly.copy", data -> data.replace("42.00",
                "4200.00"));
        CommandRun verify = new CommandRun(Map.of());

        assertThat(verify.run("verify", changed.toString())).isEqualTo(1);
        assertThat(verify.err()).contains("Not a usable backup: table qbr_metrics_monthly does not match its SHA-256");
        CommandRun whole = new CommandRun(Map.of());
        assertThat(whole.run("verify", backup.toString())).isZero();
        assertThat(whole.out()).contains("is a whole backup", "qbr_audit_log", "schema version");
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path newer = copyWith("newer.zip", "manifest.json", json -> json.replaceFirst(
                "\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"999\""));
        Path target = directory.resolve("for-newer");
        CommandRun restore = new CommandRun(TestApp.environment(target));

        assertThat(restore.run("restore", newer.toString())).isEqualTo(1);
        assertThat(restore.err()).contains("Restore refused: the backup is from a newer schema (version 999",
                "than this QBR Sync knows");
    }

    private static Path copyWith(String name, String entry, UnaryOperator<String> change) throws IOException {
        Path copy = directory.resolve(name);
        Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
            Path inside = zip.getPath(entry);
            Files.writeString(inside, change.apply(Files.readString(inside)));
        }
        return copy;
    }

    private static String finishSession(WebConnectorClient qbwc, String ticket, String request) throws Exception {
        assertThat(qbwc.receive(ticket, QuickBooksFixtures.answer(request))).isEqualTo("100");
        return result(qbwc.call("closeConnection", "ticket", ticket), "closeConnectionResult");
    }

    /** One command-line run, with what it printed. */
    private static final class CommandRun {
        private final Map<String, String> environment;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        CommandRun(Map<String, String> environment) {
            this.environment = environment;
        }

        int run(String... arguments) {
            return Main.run(List.of(arguments), new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), null,
                    environment));
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void nothingLeftBehind() throws IOException {
        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }
}
