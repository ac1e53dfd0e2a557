package dev.qbrsync.persistence.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 and the line count of one table's COPY data as it passes through; in COPY's text format every row is
 * one line (line breaks inside values are escaped).
 */
final class TableDigest extends FilterOutputStream {
    private final MessageDigest sha256 = newSha256();
    private long lines;

    TableDigest(OutputStream out) {
        super(out);
    }

    /** Counts without passing on, for reading a table back. */
    static TableDigest counting() {
        return new TableDigest(OutputStream.nullOutputStream());
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        sha256.update(bytes, offset, length);
        for (int at = offset; at < offset + length; at++) {
            if (bytes[at] == '\n') {
                lines++;
            }
        }
        out.write(bytes, offset, length);
    }

    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    long lines() {
        return lines;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
