package dev.qbrsync.persistence.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Takes a backup: every table of {@link BackupTables} copied out with PostgreSQL's COPY inside one read-only
 * REPEATABLE READ transaction, so all tables come from one snapshot while the server goes on syncing, into one zip
 * file with its manifest. The file is written owner-only under a temporary name and renamed into place only when
 * complete and on disk, so a failure (a full disk, a lost connection) leaves no file that looks like a backup.
 */
public final class BackupWriter {
    private final String qbrSyncVersion;

    public BackupWriter(String qbrSyncVersion) {
        this.qbrSyncVersion = qbrSyncVersion;
    }

    /** Writes the backup to {@code target}, which must not exist yet; the connection is left open and unchanged. */
    public BackupManifest write(Connection connection, Path target) {
        if (Files.exists(target)) {
            throw new BackupRefusedException(target + " already exists; name a new file");
        }
        Path partial = BackupFiles.partialNameFor(target);
        try {
            BackupFiles.createOwnerOnly(partial);
            BackupManifest manifest = writeSnapshot(connection, partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new BackupRefusedException("The backup was not written: cannot write " + partial + " ("
                    + e.getMessage() + ")", e);
        } catch (SQLException e) {
            throw new BackupRefusedException("The backup was not taken: the database said " + e.getMessage(), e);
        } finally {
            BackupFiles.deleteQuietly(partial);
        }
    }

    private BackupManifest writeSnapshot(Connection connection, Path partial) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            Snapshot snapshot = new Snapshot(connection);
            snapshot.begin();
            BackupManifest manifest = writeZip(snapshot, connection.unwrap(PGConnection.class).getCopyAPI(), partial);
            connection.rollback();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private BackupManifest writeZip(Snapshot snapshot, CopyManager copy, Path partial)
            throws SQLException, IOException {
        try (FileOutputStream file = new FileOutputStream(partial.toFile());
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file))) {
            List<BackupManifest.Table> tables = new ArrayList<>();
            for (String table : BackupTables.IN_LOAD_ORDER) {
                List<String> columns = snapshot.columns(table);
                if (columns.isEmpty()) {
                    continue; // a table of a later migration than this database's schema version
                }
                zip.putNextEntry(new ZipEntry(BackupManifest.Table.entryFor(table)));
                TableDigest digest = new TableDigest(new KeepOpen(zip));
                long rows = copy.copyOut("COPY " + Sql.identifier(table) + " (" + Sql.identifiers(columns)
                        + ") TO STDOUT", digest);
                zip.closeEntry();
                tables.add(new BackupManifest.Table(table, columns, rows, digest.sha256()));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, qbrSyncVersion,
                    snapshot.schemaVersion(), snapshot.takenAt(), tables);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(manifest.toJson());
            zip.closeEntry();
            zip.finish();
            zip.flush();
            file.getFD().sync();
            return manifest;
        }
    }

    /** Lets COPY write into the current zip entry without closing the zip. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
