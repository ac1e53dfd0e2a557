package dev.qbrsync.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Plain JDBC against an embedded database, for the tests that look at PostgreSQL itself. */
final class EmbeddedDatabases {
    private EmbeddedDatabases() {
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
