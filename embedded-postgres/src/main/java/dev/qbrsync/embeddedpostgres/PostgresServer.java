package dev.qbrsync.embeddedpostgres;

import org.postgresql.util.PasswordUtil;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * One PostgreSQL data directory, run by us: created with a superuser password, reachable only with that password over
 * 127.0.0.1, and durable (a committed transaction survives a power cut).
 */
final class PostgresServer {
    static final String SUPERUSER = "postgres";
    private static final Duration PROGRAM_TIMEOUT = Duration.ofSeconds(90);
    private static final String PG_CTL_TIMEOUT_SECONDS = "60";
    /**
     * A small database serving one application: little shared memory, connections enough for the application's pool
     * (10), a command-line tool's beside it and a backup, one autovacuum worker, and no processes for parallel
     * queries or logical replication, which it never uses.
     */
    private static final String SMALL_DEDICATED_DATABASE = String.join(" ", "-c shared_buffers=16MB",
            "-c max_connections=40", "-c autovacuum_max_workers=1", "-c max_worker_processes=2",
            "-c max_parallel_workers=0", "-c max_parallel_workers_per_gather=0",
            "-c max_logical_replication_workers=0");

    private final PostgresPrograms programs;
    private final Path dataDirectory;
    private final Path serverLog;
    private final int port;

    PostgresServer(PostgresPrograms programs, Path dataDirectory, Path serverLog, int port) {
        this.programs = programs;
        this.dataDirectory = dataDirectory;
        this.serverLog = serverLog;
        this.port = port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    boolean isInitialized() {
        return Files.exists(dataDirectory.resolve("PG_VERSION"));
    }

    /**
     * Creates the data directory, with the superuser password read from the file by initdb itself. It is created
     * beside its place and moved there when complete, so a crash never leaves a half-made one to start from.
     */
    void initialize(Path passwordFile) {
        Path initializing = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initializing");
        OwnerOnlyFiles.deleteTree(initializing);
        programs.run("initdb", List.of("--pgdata=" + initializing, "--username=" + SUPERUSER,
                "--auth=scram-sha-256", "--pwfile=" + passwordFile, "--encoding=UTF-8", "--no-instructions"), "",
                PROGRAM_TIMEOUT);
        try {
            Files.deleteIfExists(dataDirectory); // only when empty, as an older version may have left it
            Files.move(initializing, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the new PostgreSQL data directory to " + dataDirectory
                    + " (if it holds something else, move that away)", e);
        }
    }

    /**
     * Sets the superuser password with no server listening: PostgreSQL's single-user mode reads the statement from
     * its input. Only the SCRAM verifier is sent, never the password itself.
     */
    void setSuperuserPassword(String password) {
        String verifier = PasswordUtil.encodeScramSha256(password.toCharArray());
        programs.run("postgres", List.of("--single", "-D", dataDirectory.toString(), "-c", "exit_on_error=on",
                "postgres"), "ALTER ROLE " + SUPERUSER + " PASSWORD '" + verifier + "'\n", PROGRAM_TIMEOUT);
    }

    /** Password (SCRAM) logins over 127.0.0.1 only: no trust line, and no local line, as there is no socket. */
    void acceptOnlyPasswordsOverLoopback() {
        OwnerOnlyFiles.write(dataDirectory.resolve("pg_hba.conf"), """
                # Written at every start of this embedded PostgreSQL; changes here are replaced.
                # TYPE  DATABASE  USER  ADDRESS       METHOD
                host    all       all   127.0.0.1/32  scram-sha-256
                """);
    }

    /**
     * Starts the server and waits until it accepts connections. These settings are given on the command line, which
     * PostgreSQL ranks above postgresql.conf and ALTER SYSTEM, so nothing in the data directory can weaken them.
     */
    void start() {
        long logLengthBefore = logLength();
        String options = String.join(" ", "-c port=" + port, "-c listen_addresses=127.0.0.1",
                "-c unix_socket_directories=''", "-c fsync=on", "-c synchronous_commit=on", "-c full_page_writes=on",
                "-c timezone=UTC", SMALL_DEDICATED_DATABASE);
        try {
            programs.run("pg_ctl", List.of("start", "--pgdata=" + dataDirectory, "--log=" + serverLog, "--wait",
                    "--timeout=" + PG_CTL_TIMEOUT_SECONDS, "--options=" + options), "", PROGRAM_TIMEOUT);
        } catch (PostgresPrograms.Failure e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start from " + dataDirectory + " on port "
                    + port + ". PostgreSQL said:\n" + logSince(logLengthBefore) + "\n" + e.getMessage(), e);
        }
    }

    /** Stops the server the clean way: sessions are ended, everything is written, and the next start needs no recovery. */
    void stop() {
        programs.run("pg_ctl", List.of("stop", "--pgdata=" + dataDirectory, "--mode=fast", "--wait",
                "--timeout=" + PG_CTL_TIMEOUT_SECONDS), "", PROGRAM_TIMEOUT);
    }

    private long logLength() {
        try {
            return Files.exists(serverLog) ? Files.size(serverLog) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private String logSince(long offset) {
        try (RandomAccessFile log = new RandomAccessFile(serverLog.toFile(), "r")) {
            byte[] appended = new byte[(int) Math.max(0, log.length() - offset)];
            log.seek(offset);
            log.readFully(appended);
            return new String(appended, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(no server log in " + serverLog + ")";
        }
    }
}
