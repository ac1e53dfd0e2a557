package dev.qbrsync.embeddedpostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Only the password opens the embedded database, only over 127.0.0.1, and only its owner can change its files. */
class EmbeddedDatabaseSecurityTest {
    private static final int AUTHENTICATION_OK = 0;
    private static final int AUTHENTICATION_SASL = 10;

    @TempDir
    static Path dataDirectory;
    static int port;
    static EmbeddedDatabase database;

    @BeforeAll
    static void start() {
        port = EmbeddedDatabases.freePort();
        database = EmbeddedDatabases.startFromScratch(dataDirectory, port);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void theServerAsksEveryClientForAPasswordInsteadOfTrustingIt() throws IOException {
        assertThat(authenticationRequestFor("postgres")).isEqualTo(AUTHENTICATION_SASL).isNotEqualTo(AUTHENTICATION_OK);
    }

    @Test
    void noPasswordAndAWrongPasswordAreRefused() {
        assertThatThrownBy(() -> EmbeddedDatabases.connect(database.jdbcUrl(), "postgres", null).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> EmbeddedDatabases.connect(database.jdbcUrl(), "postgres", "wrong").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }

    @Test
    void itListensOnLoopbackTcpOnlyAndHasNoUnixSocketAnywhere() throws Exception {
        assertThat(EmbeddedDatabases.query(database, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(EmbeddedDatabases.query(database, "SHOW unix_socket_directories")).isEmpty();
        String socketName = ".s.PGSQL." + port;
        assertThat(Path.of("/tmp", socketName)).doesNotExist();
        assertThat(Path.of("/tmp", socketName + ".lock")).doesNotExist();
        // Every Unix socket on the machine, with its path: none is ours.
        assertThat(Files.readAllLines(Path.of("/proc/net/unix"))).noneMatch(line -> line.contains(socketName));
    }

    @Test
    void pgHbaAllowsOnlyPasswordLoginsOverLoopbackTcp() throws IOException {
        List<String> rules = Files.readAllLines(dataDirectory.resolve("postgres/pg_hba.conf")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toList());
        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.split("\\s+")[0]).isEqualTo("host");
            assertThat(rule).contains("127.0.0.1/32").endsWith("scram-sha-256").doesNotContain("trust");
        });
    }

    @Test
    void thePasswordIsLongRandomAndReadableByItsOwnerOnly() throws IOException {
        Path passwordFile = dataDirectory.resolve("postgres-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(Files.readString(passwordFile).strip()).isEqualTo(database.password()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void theProgramsAreUnpackedIntoTheDataDirectoryForTheOwnerOnly() throws IOException {
        Path binaries = dataDirectory.resolve("postgres-bin");
        try (Stream<Path> tree = Files.walk(binaries)) {
            assertThat(tree.filter(path -> !Files.isSymbolicLink(path))).allSatisfy(path -> {
                String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertThat(permissions.substring(3)).as("group and others on %s", path).isEqualTo("------");
                if (Files.isDirectory(path)) {
                    assertThat(permissions).isEqualTo("rwx------");
                }
            });
        }
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0));
        assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(postmaster), "exe")))
                .startsWith(binaries.toAbsolutePath());
    }

    /** Sends a protocol 3.0 startup message and returns the authentication request code the server answers with. */
    private static int authenticationRequestFor(String user) throws IOException {
        byte[] parameters = ("user\0" + user + "\0database\0postgres\0\0").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", port);
             DataOutputStream out = new DataOutputStream(socket.getOutputStream());
             DataInputStream in = new DataInputStream(socket.getInputStream())) {
            out.writeInt(8 + parameters.length);
            out.writeInt(196608);
            out.write(parameters);
            out.flush();
            assertThat((char) in.readByte()).as("an authentication request").isEqualTo('R');
            in.readInt();
            return in.readInt();
        }
    }

    @Test
    void aStartRefusesProgramsThatSomeoneElseCouldHaveChanged(@TempDir Path tampered) throws IOException {
        EmbeddedDataDirectories.preparePrograms(tampered);
        Path installation = new EmbeddedDatabaseFiles(tampered).installation();
        Path postgres = installation.resolve("bin/postgres");
        Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwx-w----"));

        assertThatThrownBy(() -> EmbeddedDatabases.startFromScratch(tampered, EmbeddedDatabases.freePort()))
                .hasMessageContaining(postgres.toString()).hasMessageContaining("written by group or others");
        assertThat(tampered.resolve("postgres")).as("nothing ran").doesNotExist();
    }

    @Test
    void aStartRefusesAForeignWorldWritableFileAmongThePrograms(@TempDir Path tampered) throws IOException {
        EmbeddedDataDirectories.preparePrograms(tampered);
        Path planted = new EmbeddedDatabaseFiles(tampered).installation().resolve("lib/planted.so");
        Files.createFile(planted);
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThatThrownBy(() -> EmbeddedDatabases.startFromScratch(tampered, EmbeddedDatabases.freePort()))
                .hasMessageContaining(planted.toString()).hasMessageContaining("written by group or others");
        assertThat(tampered.resolve("postgres")).as("nothing ran").doesNotExist();
    }

    @Test
    void aStartRefusesAProgramOwnedBySomeoneElse(@TempDir Path tampered) throws IOException {
        assumeThat(OwnerOnlyFiles.currentUserId()).as("only root can give a file away").isZero();
        EmbeddedDataDirectories.preparePrograms(tampered);
        Path pgCtl = new EmbeddedDatabaseFiles(tampered).installation().resolve("bin/pg_ctl");
        Files.setAttribute(pgCtl, "unix:uid", 65534);

        assertThatThrownBy(() -> EmbeddedDatabases.startFromScratch(tampered, EmbeddedDatabases.freePort()))
                .hasMessageContaining(pgCtl.toString()).hasMessageContaining("belongs to user id 65534");
    }

    @Test
    void aStartRefusesADataDirectoryOthersCanWrite(@TempDir Path tampered) throws IOException {
        Path postgresData = Files.createDirectory(tampered.resolve("postgres"));
        Files.setPosixFilePermissions(postgresData, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> EmbeddedDatabases.startFromScratch(tampered, EmbeddedDatabases.freePort()))
                .hasMessageContaining(postgresData.toString()).hasMessageContaining("written by group or others");
    }
}
