package dev.qbrsync.app;

import dev.qbrsync.app.cli.Console;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data directory of an older PostgreSQL major stops the start before PostgreSQL runs, naming both versions and the
 * commands that move the data (backup with the old QBR Sync, restore with this one); its data is left as it was.
 */
class EmbeddedPostgresMajorVersionTest {

    @Test
    void anOlderMajorStopsTheStartWithBothVersionsAndTheCommands(@TempDir Path dataDirectory) throws Exception {
        int port = TestApp.freePort();
        String bundled;
        try (EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(dataDirectory, port)) {
            EmbeddedDatabases.execute(database, "create table kept (note text)");
            EmbeddedDatabases.execute(database, "insert into kept values ('still here')");
            bundled = EmbeddedDatabases.query(database, "show server_version").split("\\.")[0];
        }
        Path versionFile = dataDirectory.resolve("postgres/PG_VERSION");
        assertThat(Files.readString(versionFile).strip()).isEqualTo(bundled);
        String older = String.valueOf(Integer.parseInt(bundled) - 1);
        Files.writeString(versionFile, older + "\n");

        assertThatThrownBy(() -> EmbeddedDatabase.startOrAttach(dataDirectory, port))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageContaining("made by PostgreSQL " + older + ", and this QBR Sync runs PostgreSQL " + bundled)
                .hasMessageContaining("QBR_DATA_DIR=" + dataDirectory.toAbsolutePath().normalize() + " java -jar qbr-sync-previous.jar"
                        + " backup --out qbr-sync-postgres" + older + ".zip")
                .hasMessageContaining("mv " + dataDirectory.toAbsolutePath().normalize().resolve("postgres") + " ")
                .hasMessageContaining("java -jar qbr-sync.jar restore qbr-sync-postgres" + older + ".zip");
        assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("PostgreSQL never ran").doesNotExist();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = Map.of("QBR_DATA_DIR", dataDirectory.toString(),
                "QBR_EMBEDDED_DB_PORT", Integer.toString(port));
        int status = Main.run(List.of("migrate"), new Console(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), null,
                environment));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("The embedded database in ")
                .contains("PostgreSQL " + older).doesNotContain("Exception").doesNotContain("\tat ");

        Files.writeString(versionFile, bundled + "\n");
        try (EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(dataDirectory, port)) {
            assertThat(EmbeddedDatabases.query(database, "select note from kept")).isEqualTo("still here");
        }
    }
}
