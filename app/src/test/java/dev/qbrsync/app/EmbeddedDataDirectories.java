package dev.qbrsync.app;

import dev.qbrsync.embeddedpostgres.EmbeddedDatabase;
import dev.qbrsync.embeddedpostgres.PortSetting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One data directory per test JVM in which the embedded PostgreSQL has run once (programs unpacked, initdb done,
 * password made), copied with its owner-only permissions for each test whose application runs its own embedded
 * PostgreSQL: unpacking and initdb took most of such a test's time. The embedded database's own life (first start,
 * checks, leftovers) is tested in the embedded-postgres module, from scratch.
 */
final class EmbeddedDataDirectories {
    private static Path template;

    private EmbeddedDataDirectories() {
    }

    /** Fills {@code dataDirectory} from the template, unless it already holds an embedded database. */
    static synchronized void prepare(Path dataDirectory) {
        try {
            if (Files.exists(dataDirectory.resolve("postgres"))) {
                return;
            }
            copyTree(template(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path template() throws IOException {
        if (template == null) {
            Path made = Files.createTempDirectory("qbr-embedded-template");
            EmbeddedDatabase.startOrAttach(made, new PortSetting(TestApp.freePort(), "QBR_EMBEDDED_DB_PORT")).close();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
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

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it up eventually
        }
    }
}
