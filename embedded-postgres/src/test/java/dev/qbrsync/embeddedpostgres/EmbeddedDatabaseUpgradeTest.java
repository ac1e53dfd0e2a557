package dev.qbrsync.embeddedpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data directory made by an older version (zonky's defaults: trust, no password) gets a password in place. */
class EmbeddedDatabaseUpgradeTest {

    @Test
    void aTrustDataDirectoryGetsAPasswordAndKeepsItsData(@TempDir Path dataDirectory) throws Exception {
        int port = EmbeddedDatabases.freePort();
        try (EmbeddedPostgres older = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.resolve("postgres"))
                .setCleanDataDirectory(false).setPort(port).start();
             Connection connection = EmbeddedDatabases.connect(older.getJdbcUrl("postgres", "postgres"), "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('from the trust days')");
        }
        assertThat(Files.readString(dataDirectory.resolve("postgres/pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            assertThat(EmbeddedDatabases.query(database, "select note from kept")).isEqualTo("from the trust days");
            assertThatThrownBy(() -> EmbeddedDatabases.connect(database.jdbcUrl(), "postgres", null).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThat(Files.readString(dataDirectory.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
            Path passwordFile = dataDirectory.resolve("postgres-password");
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(database.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        }

        try (EmbeddedDatabase restarted = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            assertThat(EmbeddedDatabases.query(restarted, "select count(*) from kept")).isEqualTo("1");
        }
    }
}
