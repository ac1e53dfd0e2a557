package dev.qbrsync.embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** Where the embedded database keeps its files in the data directory it is given, and its superuser password. */
final class EmbeddedDatabaseFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int GROUP_OR_OTHERS_ANY = 0077;

    private final Path root;

    EmbeddedDatabaseFiles(Path dataDirectory) {
        this.root = dataDirectory.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** PostgreSQL's data directory. */
    Path postgresData() {
        return root.resolve("postgres");
    }

    /** The data directory itself, past any symbolic link to it: whoever can write it can replace everything inside. */
    private Path realRoot() {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find " + root, e);
        }
    }

    /** The unpacked PostgreSQL programs, one directory per version. */
    Path binaries() {
        return root.resolve("postgres-bin");
    }

    Path passwordFile() {
        return root.resolve("postgres-password");
    }

    Path lockFile() {
        return root.resolve("postgres.lock");
    }

    Path serverLog() {
        return root.resolve("postgres.log");
    }

    /** Refuses, naming the path, when anything PostgreSQL runs or reads could have been changed by someone else. */
    void requireWritableByOwnerOnly() {
        OwnerOnlyFiles.requireWritableByOwnerOnly(realRoot());
        OwnerOnlyFiles.requireTreeWritableByOwnerOnly(binaries());
        OwnerOnlyFiles.requireTreeWritableByOwnerOnly(postgresData());
        OwnerOnlyFiles.requireWritableByOwnerOnly(passwordFile());
        OwnerOnlyFiles.requireWritableByOwnerOnly(lockFile());
    }

    /** The PostgreSQL installation to run, unpacked first if this version is not there yet. */
    Path installation() {
        OwnerOnlyFiles.createDirectories(binaries());
        return PostgresBinaries.installation(binaries());
    }

    Optional<String> readPassword() {
        Path file = passwordFile();
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if ((mode & GROUP_OR_OTHERS_ANY) != 0) {
                throw new IllegalStateException("Refusing to use the embedded PostgreSQL: " + file + " can be read by "
                        + "group or others (mode " + String.format("%04o", mode & 07777) + "), so the database password "
                        + "may be known. Delete the file: the next start sets a new password.");
            }
            return Optional.of(Files.readString(file).strip()).filter(password -> !password.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Keeps the password readable by the owner only. */
    void savePassword(String password) {
        OwnerOnlyFiles.write(passwordFile(), password + "\n");
    }

    /** 256 random bits, as 43 characters that need no quoting anywhere. */
    static String newPassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
