package dev.qbrsync.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Properties;

/** Proves that what answers on the embedded database's port, with its password, is the PostgreSQL of our data. */
final class EmbeddedDatabaseConnection {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CONNECTION_FAILURE = "08";

    private EmbeddedDatabaseConnection() {
    }

    /** Waits a while for a server that is still starting (its owner may have just begun), then refuses. */
    static void requireServes(EmbeddedDatabase database, PortSetting port, Path dataDirectory) {
        OptionalInt running = PostmasterPidFile.in(dataDirectory).map(PostmasterPidFile::port)
                .orElse(OptionalInt.empty());
        if (running.isPresent() && running.getAsInt() != port.number()) {
            throw new IllegalStateException("The embedded PostgreSQL of " + dataDirectory + " runs on port "
                    + running.getAsInt() + ", not " + port.number() + ". Set " + port.name() + "=" + running.getAsInt()
                    + " for this command.");
        }
        Properties login = new Properties();
        login.setProperty("user", database.user());
        login.setProperty("password", database.password());
        login.setProperty("connectTimeout", "5");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), login);
                 Statement statement = connection.createStatement();
                 ResultSet served = statement.executeQuery("SHOW data_directory")) {
                served.next();
                requireSame(Path.of(served.getString(1)), dataDirectory, database.jdbcUrl(), port);
                return;
            } catch (SQLException e) {
                boolean mayStillBeStarting = String.valueOf(e.getSQLState()).startsWith(CONNECTION_FAILURE);
                if (!mayStillBeStarting || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The embedded PostgreSQL of " + dataDirectory + " does not let us "
                            + "in at " + database.jdbcUrl() + " (" + e.getMessage() + "). If another process runs "
                            + "it, use the same " + port.name() + " as that process.", e);
                }
                pause();
            }
        }
    }

    private static void requireSame(Path served, Path dataDirectory, String url, PortSetting port) {
        boolean same;
        try {
            same = Files.isSameFile(served, dataDirectory);
        } catch (IOException notHere) {
            same = false;
        }
        if (!same) {
            throw new IllegalStateException("The PostgreSQL at " + url + " serves " + served + ", not "
                    + dataDirectory + ". Set " + port.name() + " to the port of this data directory's server.");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded PostgreSQL", e);
        }
    }
}
