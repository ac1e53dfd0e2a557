package dev.qbrsync.embeddedpostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;

/**
 * PostgreSQL 17 run by the application itself when no database is configured. Its data directory lives under the
 * application's data directory and is kept across restarts, so a fresh machine needs nothing installed.
 *
 * <p>Only the superuser's password, kept in a file only the owner can read, opens it, and only over 127.0.0.1. One
 * process at a time runs it; a command-line tool started beside a running server attaches to that server instead.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String USER = PostgresServer.SUPERUSER;

    private final String jdbcUrl;
    private final String password;
    private final Optional<PostgresServer> ownServer;
    private final Optional<EmbeddedDatabaseLock> lock;
    private boolean closed;

    private EmbeddedDatabase(PortSetting port, String password, Optional<PostgresServer> ownServer,
                             Optional<EmbeddedDatabaseLock> lock) {
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + port.number() + "/postgres";
        this.password = password;
        this.ownServer = ownServer;
        this.lock = lock;
    }

    /**
     * Starts the embedded server, or attaches to it when another process of the application already started it (so
     * command-line tools work beside a running server).
     */
    public static EmbeddedDatabase startOrAttach(Path dataDirectory, PortSetting port) {
        EmbeddedDatabaseFiles files = new EmbeddedDatabaseFiles(dataDirectory);
        OwnerOnlyFiles.createDirectories(files.root());
        Optional<EmbeddedDatabaseLock> lock = EmbeddedDatabaseLock.tryAcquire(files.lockFile());
        if (lock.isEmpty()) {
            return attach(files, port);
        }
        try {
            return start(files, port, lock.get());
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    private static EmbeddedDatabase start(EmbeddedDatabaseFiles files, PortSetting port, EmbeddedDatabaseLock lock) {
        files.requireWritableByOwnerOnly();
        PostgresPrograms programs = new PostgresPrograms(files.installation());
        PostgresMajorVersion.requireDataDirectoryOfBundledMajor(programs, files);
        PostgresServer server = new PostgresServer(programs, files.postgresData(), files.serverLog(), port.number());
        LeftoverPostgres.clearAway(server);
        requireFree(port, files);
        String password = prepare(server, files);
        server.start();
        try {
            EmbeddedDatabase database = new EmbeddedDatabase(port, password, Optional.of(server), Optional.of(lock));
            EmbeddedDatabaseConnection.requireServes(database, port, files.postgresData());
            LOG.info("Embedded PostgreSQL runs from {} on 127.0.0.1:{}", files.postgresData(), port.number());
            return database;
        } catch (RuntimeException e) {
            try {
                server.stop();
            } catch (RuntimeException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
    }

    private static String prepare(PostgresServer server, EmbeddedDatabaseFiles files) {
        String password;
        if (!server.isInitialized()) {
            password = files.readPassword().orElseGet(() -> {
                String created = EmbeddedDatabaseFiles.newPassword();
                files.savePassword(created);
                return created;
            });
            server.initialize(files.passwordFile());
        } else {
            password = files.readPassword().orElseGet(() -> setNewPassword(server, files));
        }
        server.acceptOnlyPasswordsOverLoopback();
        return password;
    }

    /** A data directory from before passwords (trust authentication), or whose password file was deleted. */
    private static String setNewPassword(PostgresServer server, EmbeddedDatabaseFiles files) {
        LOG.warn("{} has no password yet: setting a new one, kept in {}", files.postgresData(), files.passwordFile());
        String password = EmbeddedDatabaseFiles.newPassword();
        server.setSuperuserPassword(password);
        files.savePassword(password);
        return password;
    }

    private static void requireFree(PortSetting port, EmbeddedDatabaseFiles files) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port.number()),
                    1_000);
        } catch (IOException nothingListens) {
            return;
        }
        throw new IllegalStateException("Port " + port.number() + " on 127.0.0.1 is taken by another program, so "
                + "the embedded PostgreSQL of " + files.postgresData() + " cannot start there. Set " + port.name()
                + " to a free port, or stop the program listening on port " + port.number() + ".");
    }

    private static EmbeddedDatabase attach(EmbeddedDatabaseFiles files, PortSetting port) {
        String password = files.readPassword().orElseThrow(() -> new IllegalStateException("Another process "
                + "runs the embedded PostgreSQL of " + files.postgresData() + ", but " + files.passwordFile()
                + " is missing. Stop that process and start again."));
        EmbeddedDatabase database = new EmbeddedDatabase(port, password, Optional.empty(), Optional.empty());
        EmbeddedDatabaseConnection.requireServes(database, port, files.postgresData());
        return database;
    }

    /** Whether this process started the server (rather than attaching to a running QBR Sync's). */
    public boolean startedHere() {
        return ownServer.isPresent();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return USER;
    }

    /** The superuser password; never log it. */
    public String password() {
        return password;
    }

    /** Stops the server if this process started it; an attached one belongs to the process that started it. */
    @Override
    public synchronized void close() {
        if (closed || ownServer.isEmpty()) {
            return;
        }
        closed = true;
        try {
            ownServer.get().stop();
        } finally {
            lock.ifPresent(EmbeddedDatabaseLock::close);
        }
    }
}
