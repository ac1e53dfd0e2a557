package dev.qbrsync.embeddedpostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A committed transaction is on disk before the commit returns, and torn pages can be repaired after a power cut. */
class EmbeddedDatabaseDurabilityTest {

    @Test
    void committedTransactionsAreFlushedToDisk(@TempDir Path dataDirectory) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, EmbeddedDatabases.freePort())) {
            assertThat(EmbeddedDatabases.query(database, "SHOW fsync")).isEqualTo("on");
            assertThat(EmbeddedDatabases.query(database, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(EmbeddedDatabases.query(database, "SHOW full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void noSettingInTheDataDirectoryCanTurnDurabilityOff(@TempDir Path dataDirectory) throws Exception {
        int port = EmbeddedDatabases.freePort();
        try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            EmbeddedDatabases.execute(database, "ALTER SYSTEM SET fsync = off");
            EmbeddedDatabases.execute(database, "ALTER SYSTEM SET synchronous_commit = off");
            EmbeddedDatabases.execute(database, "ALTER SYSTEM SET full_page_writes = off");
        }
        try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            assertThat(EmbeddedDatabases.query(database, "SHOW fsync")).isEqualTo("on");
            assertThat(EmbeddedDatabases.query(database, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(EmbeddedDatabases.query(database, "SHOW full_page_writes")).isEqualTo("on");
        }
    }
}
