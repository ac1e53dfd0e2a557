package dev.qbrsync.embeddedpostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data directory whose PG_VERSION names another major than the bundled server is refused before PostgreSQL runs,
 * naming both versions; nothing in it is changed, and with its own version back it starts with its data.
 */
class PostgresMajorVersionTest {

    @Test
    void anOlderMajorIsRefusedBeforePostgresRunsAndItsDataIsKept(@TempDir Path dataDirectory) throws Exception {
        int port = EmbeddedDatabases.freePort();
        String bundled;
        try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            EmbeddedDatabases.execute(database, "create table kept (note text)");
            EmbeddedDatabases.execute(database, "insert into kept values ('still here')");
            bundled = EmbeddedDatabases.query(database, "show server_version").split("\\.")[0];
        }
        Path versionFile = dataDirectory.resolve("postgres/PG_VERSION");
        assertThat(Files.readString(versionFile).strip()).isEqualTo(bundled);
        String older = String.valueOf(Integer.parseInt(bundled) - 1);
        Files.writeString(versionFile, older + "\n");

        assertThatThrownBy(() -> EmbeddedDatabases.startOrAttach(dataDirectory, port))
                .isInstanceOfSatisfying(DataDirectoryVersionException.class, refused -> {
                    assertThat(refused.dataMajor()).isEqualTo(older);
                    assertThat(refused.bundledMajor()).isEqualTo(bundled);
                    assertThat(refused.dataIsOlder()).isTrue();
                    assertThat(refused.postgresData()).isEqualTo(dataDirectory.resolve("postgres"));
                })
                .hasMessageContaining("made by PostgreSQL " + older + ", and the bundled PostgreSQL is " + bundled);
        assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("PostgreSQL never ran").doesNotExist();

        Files.writeString(versionFile, bundled + "\n");
        try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            assertThat(EmbeddedDatabases.query(database, "select note from kept")).isEqualTo("still here");
        }
    }
}
