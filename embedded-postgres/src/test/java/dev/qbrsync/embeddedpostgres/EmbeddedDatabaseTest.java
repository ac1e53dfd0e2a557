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
}
