package dev.qbrsync.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL data directory opens only under the major version that made it (its PG_VERSION file). When a QBR Sync
 * bundling another major meets one, it stops before PostgreSQL does, saying both versions and how to move the data:
 * a backup taken with the QBR Sync that made it, restored with this one.
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
        if (dataMajor.equals(bundledMajor)) {
            return;
        }
        throw new StartRefusedException(Integer.parseInt(bundledMajor) > parsedOrZero(dataMajor)
                ? olderDataDirectory(files, dataMajor, bundledMajor)
                : newerDataDirectory(files, dataMajor, bundledMajor));
    }

    static String bundled(PostgresPrograms programs) {
        String printed = programs.run("postgres", List.of("--version"), "", Duration.ofSeconds(30));
        Matcher version = VERSION.matcher(printed);
        if (!version.find()) {
            throw new IllegalStateException("Cannot tell the bundled PostgreSQL's version from: " + printed.strip());
        }
        return version.group(1);
    }

    private static String olderDataDirectory(EmbeddedDatabaseFiles files, String dataMajor, String bundledMajor) {
        Path data = files.root();
        String backup = "qbr-sync-postgres" + dataMajor + ".zip";
        return "The embedded database in " + files.postgresData() + " was made by PostgreSQL " + dataMajor
                + ", and this QBR Sync runs PostgreSQL " + bundledMajor + ", which cannot open it. Nothing was "
                + "changed. Move the data across with a backup (README, \"Upgrading\"):\n"
                + "  1. with the QBR Sync you ran before (it bundles PostgreSQL " + dataMajor + "):\n"
                + "     QBR_DATA_DIR=" + data + " java -jar qbr-sync-previous.jar backup --out " + backup + "\n"
                + "  2. keep the old data directory aside:\n"
                + "     mv " + files.postgresData() + " " + files.postgresData() + "-" + dataMajor + "\n"
                + "  3. with this QBR Sync:\n"
                + "     QBR_DATA_DIR=" + data + " java -jar qbr-sync.jar restore " + backup + "\n"
                + "  4. start this QBR Sync; once all is well, delete " + files.postgresData() + "-" + dataMajor;
    }

    private static String newerDataDirectory(EmbeddedDatabaseFiles files, String dataMajor, String bundledMajor) {
        return "The embedded database in " + files.postgresData() + " was made by PostgreSQL " + dataMajor
                + ", newer than the PostgreSQL " + bundledMajor + " this QBR Sync runs. Nothing was changed. Run the "
                + "QBR Sync that made it; to go back to this one, take a backup with that one ('backup --out FILE'), "
                + "move " + files.postgresData() + " aside and 'restore FILE' with this one, if that backup's "
                + "schema is not newer than this QBR Sync knows.";
    }

    private static String read(Path versionFile) {
        try {
            return Files.readString(versionFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + versionFile, e);
        }
    }

    private static int parsedOrZero(String major) {
        try {
            return Integer.parseInt(major.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
