package dev.qbrsync.embeddedpostgres;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One process owns the embedded database of a data directory. Whatever a dead owner left behind is cleared away,
 * anything else on the port is refused, and a second process attaches to the owner's server.
 */
@Tag("slow")
class EmbeddedDatabaseOwnershipTest {

    @Test
    void aServerLeftRunningByAKilledOwnerIsStoppedCleanlyAndRestartedAsOurs(@TempDir Path dataDirectory)
            throws Exception {
        int port = EmbeddedDatabases.freePort();
        Process owner = EmbeddedDatabaseOwnerProcess.start(dataDirectory, port, "before kill -9");
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long leftover = postmasterPid(dataDirectory);
        assertThat(ProcessHandle.of(leftover)).as("PostgreSQL outlives its killed owner").hasValueSatisfying(
                process -> assertThat(process.isAlive()).isTrue());

        try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            assertThat(postmasterPid(dataDirectory)).isNotEqualTo(leftover);
            ProcessHandle.of(leftover).ifPresent(process ->
                    assertThat(process.onExit()).as("the leftover was stopped").succeedsWithin(Duration.ofSeconds(30)));
            assertThat(EmbeddedDatabases.query(database, "select note from kept")).isEqualTo("before kill -9");
            assertThat(Files.readString(dataDirectory.resolve("postgres.log")))
                    .as("stopped cleanly, so no recovery was needed").doesNotContain("database system was interrupted");
        }
    }

    @Test
    void aStalePidFileWhoseProcessIsNowAnotherProgramDoesNotStopTheStart(@TempDir Path dataDirectory)
            throws Exception {
        int port = EmbeddedDatabases.freePort();
        EmbeddedDatabases.startOrAttach(dataDirectory, port).close();
        Process otherProgram = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(dataDirectory.resolve("postgres/postmaster.pid"), otherProgram.pid() + "\n"
                    + dataDirectory.resolve("postgres") + "\n", StandardOpenOption.CREATE_NEW);

            try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
                assertThat(EmbeddedDatabases.query(database, "select 1")).isEqualTo("1");
            }
            assertThat(otherProgram.isAlive()).as("the other program is left alone").isTrue();
        } finally {
            otherProgram.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileWhoseProcessIsGoneDoesNotStopTheStart(@TempDir Path dataDirectory) throws Exception {
        int port = EmbeddedDatabases.freePort();
        EmbeddedDatabases.startOrAttach(dataDirectory, port).close();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dataDirectory.resolve("postgres/postmaster.pid"), gone.pid() + "\n"
                + dataDirectory.resolve("postgres") + "\n", StandardOpenOption.CREATE_NEW);

        try (EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            assertThat(EmbeddedDatabases.query(database, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void anotherPostgresqlOnThePortIsRefusedNamingThePortAndTheDataDirectory(@TempDir Path ours,
                                                                             @TempDir Path theirs) {
        int port = EmbeddedDatabases.freePort();
        try (EmbeddedDatabase other = EmbeddedDatabases.startOrAttach(theirs, port)) {
            assertThatThrownBy(() -> EmbeddedDatabases.startFromScratch(ours, port))
                    .hasMessageContaining("Port " + port).hasMessageContaining(ours.resolve("postgres").toString())
                    .hasMessageContaining(EmbeddedDatabases.PORT_SETTING);
            assertThat(ours.resolve("postgres")).as("nothing was created").doesNotExist();
        }
        assertThat(EmbeddedDatabaseLock.tryAcquire(ours.toAbsolutePath().resolve("postgres.lock")))
                .as("the refused start let go of its lock").hasValueSatisfying(EmbeddedDatabaseLock::close);
    }

    @Test
    void anotherProgramOnThePortIsRefusedNamingThePortAndTheDataDirectory(@TempDir Path ours) throws Exception {
        try (ServerSocket otherProgram = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = otherProgram.getLocalPort();
            assertThatThrownBy(() -> EmbeddedDatabases.startOrAttach(ours, port))
                    .hasMessageContaining("Port " + port).hasMessageContaining(ours.resolve("postgres").toString())
                    .hasMessageContaining(EmbeddedDatabases.PORT_SETTING);
        }
    }

    @Test
    void aSecondProcessAttachesToTheRunningServerWithThePassword(@TempDir Path dataDirectory) throws Exception {
        int port = EmbeddedDatabases.freePort();
        try (EmbeddedDatabase server = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
            EmbeddedDatabases.execute(server, "create table kept (note text)");
            EmbeddedDatabases.execute(server, "insert into kept values ('from the server')");
            long postmaster = postmasterPid(dataDirectory);

            try (EmbeddedDatabase commandLine = EmbeddedDatabases.startOrAttach(dataDirectory, port)) {
                assertThat(commandLine.password()).isEqualTo(server.password());
                assertThat(EmbeddedDatabases.query(commandLine, "select note from kept")).isEqualTo("from the server");
            }
            assertThat(postmasterPid(dataDirectory)).as("the attached one did not stop it").isEqualTo(postmaster);
            int otherPort = EmbeddedDatabases.freePort();
            assertThatThrownBy(() -> EmbeddedDatabases.startOrAttach(dataDirectory, otherPort))
                    .hasMessageContaining(EmbeddedDatabases.PORT_SETTING + "=" + port);
            assertThat(EmbeddedDatabases.query(server, "select count(*) from kept")).isEqualTo("1");
        }
        assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("stopped on close").doesNotExist();
    }

    @Test
    void whenPostgresqlCannotStartItsOwnErrorIsInTheMessage(@TempDir Path dataDirectory) throws Exception {
        int port = EmbeddedDatabases.freePort();
        EmbeddedDatabases.startOrAttach(dataDirectory, port).close();
        Files.writeString(dataDirectory.resolve("postgres/postgresql.conf"), "this is not a setting\n",
                StandardOpenOption.APPEND);

        assertThatThrownBy(() -> EmbeddedDatabases.startOrAttach(dataDirectory, port))
                .hasMessageContaining("syntax error in file")
                .hasMessageContaining(dataDirectory.resolve("postgres/postgresql.conf").toString());
        assertThat(EmbeddedDatabaseLock.tryAcquire(dataDirectory.resolve("postgres.lock")))
                .as("the failed start let go of its lock").hasValueSatisfying(EmbeddedDatabaseLock::close);
    }

    private static long postmasterPid(Path dataDirectory) throws Exception {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0).strip());
    }
}
