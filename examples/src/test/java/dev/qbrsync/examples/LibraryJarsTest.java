package dev.qbrsync.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reactor's jars give a library user: a stable module name in each, Javadoc for the core and the codec, and
 * nothing of the build. This module is built last, so the other jars exist when it runs; modules left out of a
 * partial build ({@code -pl examples -am}) are skipped, the core and the codec never.
 */
class LibraryJarsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Map<String, String> MODULE_NAMES = Map.of(
            "qbwc-core", "dev.qbrsync.core", "qbxml-codec", "dev.qbrsync.codec",
            "persistence-jooq", "dev.qbrsync.persistence", "http-adapter", "dev.qbrsync.http",
            "embedded-postgres", "dev.qbrsync.embeddedpostgres", "app", "dev.qbrsync.app");

    @Test
    void everyModuleJarNamesItsModuleAndShipsNoBuildFiles() throws IOException {
        for (Map.Entry<String, String> module : MODULE_NAMES.entrySet()) {
            Optional<Path> jar = jar(module.getKey(), "");
            if (jar.isEmpty()) {
                assertThat(module.getKey()).as("built with the examples").isNotIn("qbwc-core", "qbxml-codec");
                continue;
            }
            try (JarFile file = new JarFile(jar.get().toFile())) {
                assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                        .as(module.getKey()).isEqualTo(module.getValue());
                assertThat(file.stream().map(entry -> entry.getName()))
                        .as(module.getKey()).doesNotContain("META-INF/jpms.args");
            }
        }
    }

    @Test
    void theCoreAndTheCodecShipTheirJavadoc() throws IOException {
        for (String module : List.of("qbwc-core", "qbxml-codec")) {
            try (JarFile javadoc = new JarFile(jar(module, "-javadoc").orElseThrow().toFile())) {
                assertThat(javadoc.getEntry("index.html")).as(module).isNotNull();
            }
        }
        try (JarFile javadoc = new JarFile(jar("qbwc-core", "-javadoc").orElseThrow().toFile())) {
            assertThat(javadoc.getEntry("dev.qbrsync.core/dev/qbrsync/core/QbwcCoreBuilder.html")).isNotNull();
        }
    }

    /** {@code <module>/target/<module>-<version><classifier>.jar}, when built. */
    private static Optional<Path> jar(String module, String classifier) throws IOException {
        Path target = ROOT.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                String version = name.startsWith(module + "-") ? name.substring(module.length() + 1) : "";
                return version.endsWith(classifier + ".jar") && version.matches("\\d[^-]*(-SNAPSHOT)?"
                        + classifier.replace("-", "\\-") + "\\.jar");
            }).findFirst();
        }
    }
}
