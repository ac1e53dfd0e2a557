package dev.qbrsync.persistence.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory of scheduled backups: one file per backup, named by when it was taken, the newest N kept. Only files
 * of that name are counted or deleted, so nothing else kept there is touched; a partial file is hidden and never
 * matches.
 */
public final class BackupDirectory {
    private static final Pattern NAME = Pattern.compile("qbr-sync-backup-(\\d{8}T\\d{6}Z)\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final int keep;

    public BackupDirectory(Path directory, int keep) {
        this.directory = directory;
        this.keep = keep;
    }

    public Path directory() {
        return directory;
    }

    /** Takes a backup named for {@code now}, then deletes all but the newest {@code keep}; says what it did. */
    public String takeBackup(DatabaseBackups backups, Instant now) {
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new BackupRefusedException("cannot create the backup directory " + directory + ": " + e, e);
        }
        Path file = directory.resolve("qbr-sync-backup-" + STAMP.format(now) + ".zip");
        BackupManifest manifest = backups.write(file);
        List<Path> removed = removeAllButNewest();
        return "Backup " + file + " written: " + manifest.totalRows() + " rows in " + manifest.tables().size()
                + " tables, schema version " + manifest.schemaVersion()
                + (removed.isEmpty() ? "" : "; removed " + removed.size() + " older backup(s)");
    }

    /** When the newest backup here was taken, by its name; empty when there is none. */
    public Optional<Instant> newest() {
        return backups().stream().findFirst().map(file -> {
            Matcher name = NAME.matcher(file.getFileName().toString());
            name.matches();
            return STAMP.parse(name.group(1), Instant::from);
        });
    }

    private List<Path> removeAllButNewest() {
        List<Path> older = backups().stream().skip(keep).toList();
        for (Path file : older) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("The backup was written, but " + file + " could not be removed", e);
            }
        }
        return older;
    }

    /** The backups here, newest first. */
    private List<Path> backups() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }
}
