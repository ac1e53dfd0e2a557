package dev.qbrsync.app;

import dev.qbrsync.core.company.QbwcGuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The OwnerID an earlier version kept in the data directory, before the database kept it for every instance. */
final class LegacyOwnerId {
    private static final String OWNER_ID_FILE = "qbwc-owner-id.txt";

    private LegacyOwnerId() {
    }

    /**
     * The OwnerID to store when the database has none yet: the one an earlier version kept in the data directory, so
     * the .qwc files already added keep working, or else a new one.
     */
    static String proposed(Path dataDirectory) {
        Path file = dataDirectory.resolve(OWNER_ID_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return QbwcGuid.random();
    }
}
