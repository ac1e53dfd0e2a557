package dev.qbrsync.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public QBWC and qbXML samples in {@code ../shared/corpus} beside the project. They are never committed; a test
 * that reads one skips cleanly when the folder is not there.
 */
public final class SharedCorpus {
    private static final String DIRECTORY_PROPERTY = "qbrsync.shared.dir";

    private SharedCorpus() {
    }

    /** The file under {@code shared/corpus}, if present. */
    public static Optional<Path> find(String relativePath) {
        String sharedDir = System.getProperty(DIRECTORY_PROPERTY, "../shared");
        Path file = Path.of(sharedDir, "corpus").resolve(relativePath).normalize();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The file under {@code shared/corpus}; skips the calling test when it is absent. */
    public static Path require(String relativePath) {
        Optional<Path> file = find(relativePath);
        assumeTrue(file.isPresent(), () -> "shared corpus file not present: " + relativePath);
        return file.orElseThrow();
    }
}
