package dev.qbrsync.embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL data directory opens only under the major version that made it (its PG_VERSION file). Another major's
 * data directory is refused before PostgreSQL runs, so nothing in it is touched and the caller can say how to move the
 * data across, instead of PostgreSQL's own error.
 */
final class PostgresMajorVersion {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private PostgresMajorVersion() {
    }

    static void requireDataDirectoryOfBundledMajor(PostgresPrograms programs, EmbeddedDatabaseFiles files) {
        Path versionFile = files.postgresData().resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        String dataMajor = read(versionFile);
        String bundledMajor = bundled(programs);
        if (!dataMajor.equals(bundledMajor)) {
            throw new DataDirectoryVersionException(files.root(), files.postgresData(), dataMajor, bundledMajor);
        }
    }

    private static String bundled(PostgresPrograms programs) {
        String printed = programs.run("postgres", List.of("--version"), "", Duration.ofSeconds(30));
        Matcher version = VERSION.matcher(printed);
        if (!version.find()) {
            throw new IllegalStateException("Cannot tell the bundled PostgreSQL's version from: " + printed.strip());
        }
        return version.group(1);
    }

    private static String read(Path versionFile) {
        try {
            return Files.readString(versionFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + versionFile, e);
        }
    }
}
