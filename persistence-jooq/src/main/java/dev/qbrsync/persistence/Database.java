package dev.qbrsync.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The PostgreSQL database: a connection pool, the Flyway migrations applied on open, and two jOOQ contexts. The
 * transactional one joins whatever transaction {@link #inTransaction} opened on this thread; the autonomous one always
 * commits on its own, for the audit log, whose entries must outlive a failed operation.
 */
public final class Database implements AutoCloseable {
    /** Limits every connection sets for its session: statements, lock waits and idle transactions. */
    static final String SESSION_LIMITS = "-c statement_timeout=30s -c lock_timeout=15s"
            + " -c idle_in_transaction_session_timeout=60s";

    private final HikariDataSource dataSource;
    private final ThreadBoundConnections connections;
    private final DSLContext transactional;
    private final DSLContext autonomous;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.connections = new ThreadBoundConnections(dataSource);
        this.transactional = DSL.using(new DefaultConfiguration().set(SQLDialect.POSTGRES).set(connections));
        this.autonomous = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Runs work in one transaction that every statement on this thread through {@link #dsl()} joins. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return connections.inTransaction(work);
    }

    private static final int IDLE_CONNECTIONS = 2;

    /** Connects, migrates the schema to the latest version and returns the open database. */
    public static Database open(String jdbcUrl, String user, String password, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setPoolName("qbr-sync");
        // Connections open as the load asks and close after a minute idle: an idle server holds two PostgreSQL
        // backends (a few MiB each), not the whole pool.
        config.setMinimumIdle(Math.min(IDLE_CONNECTIONS, maximumPoolSize));
        config.setIdleTimeout(60_000);
        // Fail fast when the database is down, so the Web Connector gets its answer well within its own timeout.
        config.setConnectionTimeout(5_000);
        // No statement, lock wait or forgotten transaction may hold the database (and its locks) for long.
        config.addDataSourceProperty("options", SESSION_LIMITS);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    /**
     * Applies pending migrations. A database that already holds the dashboard's tables but no migration history (the
     * database the replaced service used) is adopted: baselined at version 0, so every migration runs and, finding
     * each table there, only adds what QBR Sync needs. A migration numbered below one already applied (1.1, which
     * prepares an adopted database for 2) is applied out of order rather than refused. A database whose history
     * matches the shipped migrations exactly is left alone without starting Flyway ({@link SchemaHistory}).
     */
    public static int migrate(DataSource dataSource) {
        PreReleaseSchema.refuseIfPresent(dataSource);
        if (SchemaHistory.matchesShipped(dataSource)) {
            return 0;
        }
        return flyway(dataSource).migrate().migrationsExecuted;
    }

    /** Applies the migrations up to and including {@code version}, and no later one: a restore's first step. */
    public static void migrateTo(DataSource dataSource, String version) {
        PreReleaseSchema.refuseIfPresent(dataSource);
        flywayConfiguration(dataSource).target(version).load().migrate();
    }

    /** The version of the newest migration this QBR Sync ships, whether or not the database has it yet. */
    public static String newestSchemaVersion(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource).info().all())
                .map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(Comparable::compareTo).orElseThrow().getVersion();
    }

    private static Flyway flyway(DataSource dataSource) {
        return flywayConfiguration(dataSource).load();
    }

    private static FluentConfiguration flywayConfiguration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("adopted dashboard tables")
                .outOfOrder(true)
                .resolvers(new DefaultRulesMigration())
                .callbacks(new QuietNotices());
    }

    /**
     * Whether the database answers and how many migrations it still lacks.
     *
     * @param problem why it did not answer, for the log; empty when it did
     */
    public record Health(boolean reachable, int pendingMigrations, String problem) {
    }

    /** Asks the database through the pool (so at most the pool's connection timeout); never throws. */
    public Health health() {
        try {
            int pending = SchemaHistory.matchesShipped(dataSource) ? 0 : flyway(dataSource).info().pending().length;
            return new Health(true, pending, "");
        } catch (RuntimeException e) {
            return new Health(false, 0, String.valueOf(e.getMessage()));
        }
    }

    public DSLContext dsl() {
        return transactional;
    }

    public DSLContext autonomousDsl() {
        return autonomous;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A connection of its own, outside the pool, with the same login and session limits; the caller closes it. */
    public Connection unpooledConnection() throws SQLException {
        Properties properties = new Properties();
        properties.putAll(dataSource.getDataSourceProperties());
        properties.setProperty("user", dataSource.getUsername());
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        return DriverManager.getConnection(dataSource.getJdbcUrl(), properties);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
