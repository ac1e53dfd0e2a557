package dev.qbrsync.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** A backup file read back: its manifest, and each table's data checked against the manifest's checksum and count. */
public final class BackupFile implements AutoCloseable {
    private final Path path;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupFile(Path path, ZipFile zip, BackupManifest manifest) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens the file and reads its manifest; refuses a file that is not a QBR Sync backup this version reads. */
    public static BackupFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new BackupRefusedException(path + " is not a file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new BackupRefusedException(path + " is not a QBR Sync backup (not a zip file)", e);
        } catch (IOException e) {
            throw new BackupRefusedException("cannot read " + path + ": " + e.getMessage(), e);
        }
        try {
            return new BackupFile(path, zip, readManifest(path, zip));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** Opens the file and checks every table, reading it whole; the manifest of a backup that passed. */
    public static BackupManifest verify(Path path) {
        try (BackupFile file = open(path)) {
            file.verifyTables();
            return file.manifest();
        }
    }

    public BackupManifest manifest() {
        return manifest;
    }

    /** Refuses, naming the table, when any table's data differs from what the manifest says of it. */
    public void verifyTables() {
        Set<String> expected = new HashSet<>(List.of(BackupManifest.ENTRY));
        for (BackupManifest.Table table : manifest.tables()) {
            expected.add(table.entry());
            TableDigest digest = TableDigest.counting();
            try (InputStream data = tableData(table)) {
                data.transferTo(digest);
            } catch (IOException e) {
                throw new BackupRefusedException("table " + table.name() + " cannot be read from " + path + ": "
                        + e.getMessage(), e);
            }
            requireMatches(table, digest);
        }
        zip.stream().map(ZipEntry::getName).filter(name -> !expected.contains(name)).findFirst().ifPresent(name -> {
            throw new BackupRefusedException(path + " holds " + name + ", which its manifest does not list");
        });
    }

    /** Refuses when data read from this file (now or while it was restored) is not what the manifest describes. */
    static void requireMatches(BackupManifest.Table table, TableDigest digest) {
        if (!digest.sha256().equals(table.sha256())) {
            throw new BackupRefusedException("table " + table.name() + " does not match its SHA-256 in the "
                    + "manifest: the file was changed or damaged after the backup was taken");
        }
        if (digest.lines() != table.rows()) {
            throw new BackupRefusedException("table " + table.name() + " holds " + digest.lines() + " rows, but the "
                    + "manifest says " + table.rows());
        }
    }

    /** The table's COPY data; the caller closes it. */
    InputStream tableData(BackupManifest.Table table) throws IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new BackupRefusedException(path + " lacks the data of table " + table.name());
        }
        return zip.getInputStream(entry);
    }

    private static BackupManifest readManifest(Path path, ZipFile zip) {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupRefusedException(path + " is not a QBR Sync backup (it has no manifest.json)");
        }
        BackupManifest manifest;
        try (InputStream json = zip.getInputStream(entry)) {
            manifest = BackupManifest.fromJson(json.readAllBytes());
        } catch (IOException e) {
            throw new BackupRefusedException("cannot read the manifest of " + path + ": " + e.getMessage(), e);
        }
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new BackupRefusedException(path + " is a backup in format " + manifest.format() + "; this QBR Sync "
                    + "reads format " + BackupManifest.FORMAT + " (take the backup again, or restore with the QBR "
                    + "Sync that took it: " + manifest.qbrSyncVersion() + ")");
        }
        if (manifest.tables() == null || manifest.schemaVersion() == null) {
            throw new BackupRefusedException("the manifest of " + path + " lacks its tables or schema version");
        }
        return manifest;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only read from
        }
    }
}
