package dev.qbrsync.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Backup files on disk: written owner-only under a temporary name beside their final one. */
final class BackupFiles {
    private BackupFiles() {
    }

    /** Hidden and beside the target, so the rename is atomic and a directory listing of backups never shows it. */
    static Path partialNameFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    }

    /** A new empty file only its owner can read, replacing a partial file an earlier failed attempt left behind. */
    static void createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the next attempt replaces it
        }
    }
}
