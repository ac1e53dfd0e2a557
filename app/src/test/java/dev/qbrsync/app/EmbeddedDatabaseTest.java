package dev.qbrsync.app;

import dev.qbrsync.persistence.Database;
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
        int port = TestApp.freePort();
        try (EmbeddedDatabase embedded = EmbeddedDatabase.startOrAttach(dataDirectory, port);
             Database database = Database.open(embedded.jdbcUrl(), embedded.user(), embedded.password(), 2);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("insert into qbr_api_tokens (name, secret_hash, created_at) values ('kept', 'h', now())");
        }

        try (EmbeddedDatabase embedded = EmbeddedDatabase.startOrAttach(dataDirectory, port);
             Database database = Database.open(embedded.jdbcUrl(), embedded.user(), embedded.password(), 2);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("select name from qbr_api_tokens")) {
            assertThat(names.next()).isTrue();
            assertThat(names.getString(1)).isEqualTo("kept");
        }
    }
}
