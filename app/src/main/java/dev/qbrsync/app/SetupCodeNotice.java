package dev.qbrsync.app;

import dev.qbrsync.core.access.FirstAdminSetup;
import dev.qbrsync.embeddedpostgres.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells the person starting a fresh installation its one-time setup code: in the log, and with embedded PostgreSQL also
 * in {@value #FILE_NAME} in the data directory, readable by the server's user only. With an external database the
 * instances may run on several machines, so the log (of the newest start) is the one place. The file goes once the
 * code is used or a token exists. The code is the one secret this server ever logs: reading it from the log is how a
 * first start works without a command line.
 */
final class SetupCodeNotice {
    static final String FILE_NAME = "setup-code";
    private static final Logger LOG = LoggerFactory.getLogger(SetupCodeNotice.class);

    private final Path file;
    private final boolean writesFile;
    private final String publicUrl;

    SetupCodeNotice(Path dataDirectory, boolean writesFile, String publicUrl) {
        this.file = dataDirectory.resolve(FILE_NAME);
        this.writesFile = writesFile;
        this.publicUrl = publicUrl;
    }

    /** Offers a code when no token exists, and says where to use it; removes a stale file otherwise. */
    void offer(FirstAdminSetup setup) {
        Optional<String> code = setup.offerIfNoAccessKey();
        if (code.isEmpty()) {
            remove();
            return;
        }
        if (writesFile) {
            OwnerOnlyFiles.write(file, code.get() + "\n");
        }
        LOG.info("No API token exists yet. Open {}/ in a browser and sign in with this one-time setup code, valid for "
                + "{} hours{}: {}", publicUrl, FirstAdminSetup.LIFETIME.toHours(),
                writesFile ? " (also in " + file.toAbsolutePath() + ")" : "", code.get());
    }

    /** Deletes the file, once the code is used. */
    void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file, e);
        }
    }
}
