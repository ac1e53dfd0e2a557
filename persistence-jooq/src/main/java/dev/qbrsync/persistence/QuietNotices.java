package dev.qbrsync.persistence;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps PostgreSQL's notices off Flyway's connections. Adopting a database runs every migration over tables that are
 * there on purpose, and PostgreSQL notes each "relation ... already exists, skipping"; Flyway would log every such
 * note as a warning. PostgreSQL's warnings and errors still come through.
 */
final class QuietNotices implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_CONNECT;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("SET client_min_messages = warning");
        } catch (SQLException e) {
            throw new FlywayException("Could not set client_min_messages for the migrations", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "quiet notices";
    }
}
