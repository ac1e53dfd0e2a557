package dev.qbrsync.app;

import dev.qbrsync.embeddedpostgres.EmbeddedDatabase;
import dev.qbrsync.embeddedpostgres.PortSetting;
import dev.qbrsync.persistence.Database;

import java.util.Optional;

/**
 * The database the application works on, migrated: the server of QBR_DATABASE_URL, or else the embedded PostgreSQL of
 * QBR_DATA_DIR, started by this process or attached to when another process of ours runs it.
 */
final class ApplicationDatabase implements AutoCloseable {
    private static final int POOL_SIZE = 10;

    private final Database database;
    private final Optional<EmbeddedDatabase> embedded;

    private ApplicationDatabase(Database database, Optional<EmbeddedDatabase> embedded) {
        this.database = database;
        this.embedded = embedded;
    }

    static ApplicationDatabase open(AppConfig config) {
        if (config.database().url().isPresent()) {
            return new ApplicationDatabase(Database.open(config.database().url().get(), config.database().user(),
                    config.database().password(), POOL_SIZE), Optional.empty());
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.startOrAttach(config.database().dataDirectory(),
                new PortSetting(config.database().embeddedPort(), "QBR_EMBEDDED_DB_PORT"));
        try {
            return new ApplicationDatabase(Database.open(embedded.jdbcUrl(), embedded.user(), embedded.password(),
                    POOL_SIZE), Optional.of(embedded));
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    Database database() {
        return database;
    }

    /** True when this process runs PostgreSQL itself (no QBR_DATABASE_URL). */
    boolean isEmbedded() {
        return embedded.isPresent();
    }

    /** Closes the pool, then stops the embedded server if this process started it. */
    @Override
    public void close() {
        try {
            database.close();
        } finally {
            embedded.ifPresent(EmbeddedDatabase::close);
        }
    }
}
