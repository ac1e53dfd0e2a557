package dev.qbrsync.embeddedpostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a process that died without stopping its PostgreSQL (kill -9, a crash) leaves in the data directory: the
 * server itself, still running, or a postmaster.pid whose process is gone or has become some other program. Only the
 * holder of the {@link EmbeddedDatabaseLock} looks, so no live process is using what is found.
 */
final class LeftoverPostgres {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostgres.class);
    private static final Path PROCESSES = Path.of("/proc");

    private LeftoverPostgres() {
    }

    static void clearAway(PostgresServer server) {
        Path dataDirectory = server.dataDirectory();
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.in(dataDirectory);
        if (pidFile.isEmpty()) {
            return;
        }
        long pid = pidFile.get().pid();
        if (runsFrom(pid, dataDirectory)) {
            LOG.warn("Stopping the embedded PostgreSQL (process {}) left running from {} by a process that did not "
                    + "stop it; it starts again as this process's own", pid, dataDirectory);
            server.stop();
        } else if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            // The process id now belongs to another program. PostgreSQL would take it for a server of this data
            // directory and refuse to start, so the stale file goes, unless server processes still work in here.
            requireNoProcessRunsFrom(dataDirectory);
            LOG.warn("Removing {}: its process {} is not a PostgreSQL of this data directory", pidFile.get().file(), pid);
            delete(pidFile.get().file());
        }
        // A pid file whose process is gone is PostgreSQL's to handle; it also checks for orphaned server processes.
    }

    /** A PostgreSQL process (postmaster or server process) whose working directory is this data directory. */
    private static boolean runsFrom(long pid, Path dataDirectory) {
        Path process = PROCESSES.resolve(Long.toString(pid));
        try {
            return Files.readSymbolicLink(process.resolve("exe")).getFileName().toString().startsWith("postgres")
                    && Files.isSameFile(process.resolve("cwd"), dataDirectory);
        } catch (IOException | SecurityException goneOrNotOurs) {
            return false;
        }
    }

    private static void requireNoProcessRunsFrom(Path dataDirectory) {
        List<String> orphans;
        try (Stream<Path> processes = Files.list(PROCESSES)) {
            orphans = processes.map(process -> process.getFileName().toString())
                    .filter(name -> name.matches("\\d+"))
                    .filter(pid -> runsFrom(Long.parseLong(pid), dataDirectory))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the running processes", e);
        }
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("PostgreSQL server processes " + orphans + " still run from "
                    + dataDirectory + " without their postmaster. Stop them before starting again.");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + file, e);
        }
    }
}
