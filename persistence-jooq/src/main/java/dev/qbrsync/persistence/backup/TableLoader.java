package dev.qbrsync.persistence.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Loads a backup's tables into a schema just built by the migrations, in one transaction: the rows the migrations
 * seeded (the default company and rules) give way to the backup's, every table's data is checked against the manifest
 * as it streams in, and each identity's sequence is set past the highest restored id.
 */
final class TableLoader {
    private final DataSource dataSource;
    private final Consumer<String> progress;

    TableLoader(DataSource dataSource, Consumer<String> progress) {
        this.dataSource = dataSource;
        this.progress = progress;
    }

    void load(BackupFile file, List<BackupManifest.Table> tables) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                removeSeededRows(connection);
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (BackupManifest.Table table : tables) {
                    copyIn(copy, file, table);
                    resetSequences(connection, table);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Children before parents; the audit log's guard lets this through, as a fresh schema's log is empty. */
    private static void removeSeededRows(Connection connection) throws SQLException {
        List<String> childrenFirst = new ArrayList<>(BackupTables.IN_LOAD_ORDER);
        Collections.reverse(childrenFirst);
        try (Statement statement = connection.createStatement()) {
            for (String table : childrenFirst) {
                if (Catalog.tableExists(connection, table)) {
                    statement.execute("DELETE FROM " + Sql.identifier(table));
                }
            }
        }
    }

    private void copyIn(CopyManager copy, BackupFile file, BackupManifest.Table table) throws SQLException {
        TableDigest digest = TableDigest.counting();
        try (InputStream data = new Teed(file.tableData(table), digest)) {
            copy.copyIn("COPY " + Sql.identifier(table.name()) + " (" + Sql.identifiers(table.columns())
                    + ") FROM STDIN", data);
        } catch (IOException e) {
            throw new BackupRefusedException("table " + table.name() + " cannot be read from the backup: "
                    + e.getMessage(), e);
        }
        BackupFile.requireMatches(table, digest);
        progress.accept("Restored " + table.name() + ": " + table.rows() + " rows");
    }

    /** Sets each identity column's sequence so the next row gets the id after the highest restored one. */
    private static void resetSequences(Connection connection, BackupManifest.Table table) throws SQLException {
        String name = Sql.identifier(table.name());
        for (String column : table.columns()) {
            try (PreparedStatement sequence = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                sequence.setString(1, name);
                sequence.setString(2, column);
                try (ResultSet found = sequence.executeQuery()) {
                    if (found.next() && found.getString(1) != null) {
                        setPastHighest(connection, found.getString(1), name, Sql.identifier(column));
                    }
                }
            }
        }
    }

    private static void setPastHighest(Connection connection, String sequence, String table, String column)
            throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT setval(?::regclass, coalesce(max(" + column
                + "), 1), max(" + column + ") IS NOT NULL) FROM " + table)) {
            set.setString(1, sequence);
            set.executeQuery().close();
        }
    }

    /** Feeds every byte read into the digest, so the data is checked as PostgreSQL receives it. */
    private static final class Teed extends FilterInputStream {
        private final TableDigest digest;

        Teed(InputStream in, TableDigest digest) {
            super(in);
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = in.read(bytes, offset, length);
            if (read > 0) {
                digest.write(bytes, offset, read);
            }
            return read;
        }
    }
}
