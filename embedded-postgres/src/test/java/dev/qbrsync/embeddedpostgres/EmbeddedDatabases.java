package dev.qbrsync.embeddedpostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Plain JDBC against an embedded database, for the tests that look at PostgreSQL itself. */
final class EmbeddedDatabases {
    /** The setting name the refusals are expected to name. */
    static final String PORT_SETTING = "TEST_DB_PORT";

    private EmbeddedDatabases() {
    }

    /** Starts or attaches; an empty data directory is first given a copy of one where PostgreSQL ran before. */
    static EmbeddedDatabase startOrAttach(Path dataDirectory, int port) {
        EmbeddedDataDirectories.prepare(dataDirectory);
        return startFromScratch(dataDirectory, port);
    }

    /** The embedded database's own first start in an empty directory: programs unpacked, initdb, password made. */
    static EmbeddedDatabase startFromScratch(Path dataDirectory, int port) {
        return EmbeddedDatabase.startOrAttach(dataDirectory, new PortSetting(port, PORT_SETTING));
    }

    static int freePort() {
        return TestPorts.free();
    }

    static Connection connect(EmbeddedDatabase database) throws SQLException {
        return connect(database.jdbcUrl(), database.user(), database.password());
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        if (password != null) {
            login.setProperty("password", password);
        }
        return DriverManager.getConnection(url, login);
    }

    /** The single value a query returns, such as a setting read with SHOW. */
    static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
