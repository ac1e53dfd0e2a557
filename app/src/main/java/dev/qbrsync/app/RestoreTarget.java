package dev.qbrsync.app;

import dev.qbrsync.embeddedpostgres.EmbeddedDatabase;
import dev.qbrsync.embeddedpostgres.PortSetting;
import dev.qbrsync.persistence.backup.BackupRefusedException;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.Optional;
import javax.sql.DataSource;

/**
 * The database a restore writes into, left unmigrated (the restore builds the schema itself): QBR_DATABASE_URL, or the
 * embedded database of QBR_DATA_DIR, started for the restore and stopped after it. A server that runs the embedded
 * database refuses the restore, which needs the database to itself.
 */
public final class RestoreTarget implements AutoCloseable {
    private final DataSource dataSource;
    private final String description;
    private final Optional<EmbeddedDatabase> embedded;

    private RestoreTarget(DataSource dataSource, String description, Optional<EmbeddedDatabase> embedded) {
        this.dataSource = dataSource;
        this.description = description;
        this.embedded = embedded;
    }

    public static RestoreTarget open(AppConfig config) {
        AppConfig.DatabaseSettings database = config.database();
        if (database.url().isPresent()) {
            return new RestoreTarget(dataSource(database.url().get(), database.user(), database.password()),
                    "the database of QBR_DATABASE_URL", Optional.empty());
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.startOrAttach(database.dataDirectory(),
                new PortSetting(database.embeddedPort(), "QBR_EMBEDDED_DB_PORT"));
        if (!embedded.startedHere()) {
            throw new BackupRefusedException("a running QBR Sync serves the embedded database of "
                    + database.dataDirectory() + "; stop it before restoring");
        }
        return new RestoreTarget(dataSource(embedded.jdbcUrl(), embedded.user(), embedded.password()),
                "the embedded database in " + database.dataDirectory(), Optional.of(embedded));
    }

    private static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
