package dev.qbrsync.core.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** A session ticket as QBWC sends it back on every call. Only its hash is ever stored, and only a masked form logged. */
public record Ticket(String value) {

    public Ticket {
        Objects.requireNonNull(value, "value");
    }

    /** SHA-256 hex of the ticket: what repositories store and look up by. */
    public String hash() {
        return sha256Hex(value);
    }

    /** The first four characters and the length, safe for logs. */
    public String masked() {
        return value.length() <= 4 ? "****" : value.substring(0, 4) + "…(" + value.length() + ")";
    }

    @Override
    public String toString() {
        return masked();
    }

    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
