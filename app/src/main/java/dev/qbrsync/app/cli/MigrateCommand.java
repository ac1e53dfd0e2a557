package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.CompositionRoot;

import java.time.Clock;
import java.util.List;

/** Brings the database schema up to date and exits. */
public final class MigrateCommand implements Command {

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String summary() {
        return "apply database migrations and exit";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync migrate

                Applies pending Flyway migrations to QBR_DATABASE_URL (or the embedded database in QBR_DATA_DIR).
                serve does the same on startup; this is for upgrades run ahead of time.""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        try (CompositionRoot ignored = new CompositionRoot(AppConfig.from(console.environment()), Clock.systemUTC())) {
            console.out().println("The database schema is up to date.");
            return 0;
        }
    }
}
