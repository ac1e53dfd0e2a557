package dev.qbrsync.embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Files that only the user running the application may change: created that way, and checked before they are trusted. Anyone
 * else who could write the PostgreSQL programs or data could run code as this user or read every stored figure.
 */
public final class OwnerOnlyFiles {
    static final FileAttribute<Set<PosixFilePermission>> DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    static final FileAttribute<Set<PosixFilePermission>> FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final int GROUP_OR_OTHERS_WRITE = 0022;

    private OwnerOnlyFiles() {
    }

    /** Creates the directory (and missing parents) readable by its owner only; an existing one is left as it is. */
    static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory, DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    /**
     * Replaces the file's content in one step, so a crash never leaves it half written; readable by its owner only
     * (the application also keeps its one-time setup code this way).
     */
    public static void write(Path file, String content) {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, FILE);
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * Refuses, naming the path, when the file, or anything in the directory tree, belongs to another user or can be
     * written by group or others. Symbolic links are checked for their owner only: their own mode means nothing.
     */
    static void requireTreeWritableByOwnerOnly(Path root) {
        int user = currentUserId();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    requireWritableByOwnerOnly(directory, user);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    requireWritableByOwnerOnly(file, user);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (failure instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // gone while we looked: nobody can use it any more
                    }
                    throw failure;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the permissions of " + root, e);
        }
    }

    /** The same check for one file or directory, without looking inside. */
    static void requireWritableByOwnerOnly(Path path) {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            requireWritableByOwnerOnly(path, currentUserId());
        }
    }

    private static void requireWritableByOwnerOnly(Path path, int user) {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(path, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return; // gone while we looked: nobody can use it any more
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the permissions of " + path, e);
        }
        int owner = (Integer) attributes.get("uid");
        int mode = (Integer) attributes.get("mode");
        if (owner != user) {
            throw new IllegalStateException("Refusing to use the embedded PostgreSQL: " + path + " belongs to user id "
                    + owner + ", not to the user running this process (" + user + "). Only that user may own its files.");
        }
        if (!Files.isSymbolicLink(path) && (mode & GROUP_OR_OTHERS_WRITE) != 0) {
            throw new IllegalStateException("Refusing to use the embedded PostgreSQL: " + path
                    + " can be written by group or others (mode " + String.format("%04o", mode & 07777)
                    + "). Remove that access (chmod go-w) once you are sure nobody changed it.");
        }
    }

    /** The effective user id of this process: Linux shows it as the owner of the process's /proc entry. */
    static int currentUserId() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find out which user runs this process", e);
        }
    }

    /** Deletes a directory tree without following symbolic links out of it. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
