package dev.qbrsync.embeddedpostgres;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL programs that zonky packages, unpacked into a directory of our own. zonky's own unpacking is not used:
 * it shares one directory in the system temporary folder, makes it writable by everybody, and comes only with
 * starting a server the way a test wants (trust authentication, no durability).
 */
final class PostgresBinaries {
    /** Beside the installations: the archive source last seen and the installation made from it. */
    static final String INSTALLED_FROM = "installed-from";

    private PostgresBinaries() {
    }

    /**
     * The installation (with bin/, lib/, share/) for the packaged archive, unpacked under {@code parent} unless it
     * already is. One directory per archive content, so a newer zonky never mixes with older programs. The content is
     * read and hashed only when the class path's jars changed since the last start ({@link #archiveSource}).
     */
    static Path installation(Path parent) {
        String source = archiveSource();
        Optional<Path> known = knownInstallation(parent, source);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] archive = packagedArchive();
        Path installation = parent.resolve(sha256(archive).substring(0, 16));
        if (!Files.isDirectory(installation)) {
            unpackInto(installation, archive);
        }
        OwnerOnlyFiles.write(parent.resolve(INSTALLED_FROM), source + "\n" + installation.getFileName() + "\n");
        return installation;
    }

    /**
     * What the packaged archive is read from: each jar of the class path with its size and modification time. While
     * these are unchanged so is the archive, so a restart need not read (about 15 MB) and hash it again.
     */
    static String archiveSource() {
        StringBuilder source = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            try {
                if (Files.isRegularFile(jar)) {
                    source.append(jar).append(' ').append(Files.size(jar)).append(' ')
                            .append(Files.getLastModifiedTime(jar).toMillis()).append(';');
                }
            } catch (IOException e) {
                source.append(jar).append(" unreadable;");
            }
        }
        return source.toString();
    }

    /** The installation recorded for this very source, when it is still there. */
    private static Optional<Path> knownInstallation(Path parent, String source) {
        Path record = parent.resolve(INSTALLED_FROM);
        try {
            List<String> lines = Files.isRegularFile(record) ? Files.readAllLines(record) : List.of();
            if (lines.size() == 2 && lines.get(0).equals(source) && lines.get(1).matches("[0-9a-f]{16}")
                    && Files.isDirectory(parent.resolve(lines.get(1)))) {
                return Optional.of(parent.resolve(lines.get(1)));
            }
        } catch (IOException unreadable) {
            // read and hash the archive, as on a first start
        }
        return Optional.empty();
    }

    private static void unpackInto(Path installation, byte[] archive) {
        Path parent = installation.getParent();
        Path unpacking = parent.resolve(installation.getFileName() + ".unpacking");
        OwnerOnlyFiles.deleteTree(unpacking);
        OwnerOnlyFiles.createDirectories(unpacking);
        try {
            unpack(archive, unpacking);
            Files.move(unpacking, installation, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack PostgreSQL into " + unpacking, e);
        }
    }

    private static byte[] packagedArchive() {
        String system = "Linux";
        String architecture = System.getProperty("os.arch");
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture)) {
            if (archive == null) {
                throw new IllegalStateException("No embedded PostgreSQL for " + system + " " + architecture
                        + ": use a PostgreSQL server instead");
            }
            return archive.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded PostgreSQL archive", e);
        }
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = inside(target, target.resolve(entry.getName()), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path, OwnerOnlyFiles.DIRECTORY);
                } else if (entry.isSymbolicLink()) {
                    inside(target, path.resolveSibling(entry.getLinkName()), entry.getLinkName());
                    Files.createDirectories(path.getParent(), OwnerOnlyFiles.DIRECTORY);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent(), OwnerOnlyFiles.DIRECTORY);
                    Files.createFile(path, OwnerOnlyFiles.FILE);
                    try (OutputStream out = Files.newOutputStream(path)) {
                        tar.transferTo(out);
                    }
                    Files.setPosixFilePermissions(path, ownerPermissions(entry.getMode()));
                } else {
                    throw new IOException("Unexpected entry in the PostgreSQL archive: " + entry.getName());
                }
            }
        }
    }

    private static Path inside(Path target, Path path, String name) throws IOException {
        if (!path.normalize().startsWith(target)) {
            throw new IOException("The PostgreSQL archive points outside its directory: " + name);
        }
        return path.normalize();
    }

    /** The archive's owner bits, for the owner alone: nobody else needs to read, let alone change, the programs. */
    private static Set<PosixFilePermission> ownerPermissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ);
        if ((mode & 0200) != 0) {
            permissions.add(PosixFilePermission.OWNER_WRITE);
        }
        if ((mode & 0100) != 0) {
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
        }
        return permissions;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
