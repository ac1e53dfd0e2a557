package dev.qbrsync.app;

import dev.qbrsync.app.cli.Console;
import dev.qbrsync.embeddedpostgres.EmbeddedDataDirectories;
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

/**
 * A data directory of an older PostgreSQL major (its PG_VERSION edited) stops any command with both versions and the
 * exact commands that move the data: backup with the QBR Sync that made it, restore with this one.
 */
class UpgradeInstructionsTest {

    @Test
    void anOlderMajorStopsTheStartWithBothVersionsAndTheCommands(@TempDir Path dataDirectory) throws Exception {
        int port = TestApp.freePort();
        EmbeddedDataDirectories.prepare(dataDirectory);
        Path versionFile = dataDirectory.resolve("postgres/PG_VERSION");
        String bundled = Files.readString(versionFile).strip();
        String older = String.valueOf(Integer.parseInt(bundled) - 1);
        Files.writeString(versionFile, older + "\n");
        Path data = dataDirectory.toAbsolutePath().normalize();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("serve"), new Console(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), null,
                Map.of("QBR_DATA_DIR", dataDirectory.toString(), "QBR_EMBEDDED_DB_PORT", Integer.toString(port),
                        "QBR_PORT", "0")));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("The embedded database in " + data.resolve("postgres") + " was made by PostgreSQL "
                        + older + ", and this QBR Sync runs PostgreSQL " + bundled + ", which cannot open it.")
                .contains("QBR_DATA_DIR=" + data + " java -jar qbr-sync-previous.jar backup --out qbr-sync-postgres"
                        + older + ".zip")
                .contains("mv " + data.resolve("postgres") + " " + data.resolve("postgres-" + older))
                .contains("QBR_DATA_DIR=" + data + " java -jar qbr-sync.jar restore qbr-sync-postgres" + older + ".zip")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
