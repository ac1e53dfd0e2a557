package dev.qbrsync.embeddedpostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @Test
    void keepsItsDataAcrossARestart(@TempDir Path dataDirectory) throws Exception {
        int port = EmbeddedDatabases.freePort();
        try (EmbeddedDatabase embedded = EmbeddedDatabases.startOrAttach(dataDirectory, port);
             Connection connection = EmbeddedDatabases.connect(embedded);
             Statement statement = connection.createStatement()) {
            statement.execute("create table notes (name text not null)");
            statement.execute("insert into notes (name) values ('kept')");
        }

        try (EmbeddedDatabase embedded = EmbeddedDatabases.startOrAttach(dataDirectory, port);
             Connection connection = EmbeddedDatabases.connect(embedded);
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("select name from notes")) {
            assertThat(names.next()).isTrue();
            assertThat(names.getString(1)).isEqualTo("kept");
        }
    }

    /** Small and dedicated: little shared memory, no parallel-query or logical-replication processes. */
    @Test
    void runsWithTheSettingsOfASmallDedicatedDatabase(@TempDir Path dataDirectory) throws Exception {
        try (EmbeddedDatabase embedded = EmbeddedDatabases.startFromScratch(dataDirectory,
                EmbeddedDatabases.freePort())) {
            assertThat(EmbeddedDatabases.query(embedded, "SHOW shared_buffers")).isEqualTo("16MB");
            assertThat(EmbeddedDatabases.query(embedded, "SHOW max_connections")).isEqualTo("40");
            assertThat(EmbeddedDatabases.query(embedded, "SHOW max_parallel_workers")).isEqualTo("0");
            assertThat(EmbeddedDatabases.query(embedded, "SHOW max_logical_replication_workers")).isEqualTo("0");
            assertThat(EmbeddedDatabases.query(embedded, "SELECT count(*) FROM pg_stat_activity "
                    + "WHERE backend_type = 'logical replication launcher'")).isEqualTo("0");
            assertThat(EmbeddedDatabases.query(embedded, "SHOW fsync")).isEqualTo("on");
        }
    }
}
