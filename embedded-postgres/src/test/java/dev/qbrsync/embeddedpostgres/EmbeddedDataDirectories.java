package dev.qbrsync.embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * One data directory per test JVM in which the embedded PostgreSQL has run once (programs unpacked, initdb done,
 * password made), copied with its owner-only permissions for each test that needs a database where PostgreSQL ran
 * before: unpacking and initdb took most of such a test's time. The first start itself is tested from scratch
 * ({@code EmbeddedDatabaseSecurityTest}, {@code EmbeddedDatabaseTest}), and by the making of this template.
 */
public final class EmbeddedDataDirectories {
    private static Path template;

    private EmbeddedDataDirectories() {
    }

    /** Fills {@code dataDirectory} from the template, unless it already holds an embedded database. */
    public static synchronized void prepare(Path dataDirectory) {
        try {
            if (Files.exists(dataDirectory.resolve("postgres"))) {
                return;
            }
            copyTree(template(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives {@code dataDirectory} the template's unpacked programs only, as a first start would unpack them: for the
     * tests that tamper with the programs before a first start.
     */
    public static synchronized void preparePrograms(Path dataDirectory) {
        try {
            Path programs = new EmbeddedDatabaseFiles(template()).binaries();
            copyTree(programs, new EmbeddedDatabaseFiles(dataDirectory).binaries());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path template() throws IOException {
        if (template == null) {
            Path made = Files.createTempDirectory("qbr-embedded-template");
            EmbeddedDatabases.startFromScratch(made, EmbeddedDatabases.freePort()).close();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> OwnerOnlyFiles.deleteTree(made)));
            template = made;
        }
        return template;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.filter(path -> !path.equals(from)).toList();
        }
        for (Path path : paths) {
            Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                    LinkOption.NOFOLLOW_LINKS);
        }
    }
}
