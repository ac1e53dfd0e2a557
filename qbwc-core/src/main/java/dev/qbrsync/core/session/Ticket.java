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

    /**
     * What repositories store and look up by: the first 128 bits of the ticket's SHA-256, written as a UUID (36
     * characters), so it fits the ticket column of the sessions table the dashboard's users know. The ticket has 128
     * random bits, so the hash reveals nothing and cannot be reversed.
     */
    public String hash() {
        String hex = sha256Hex(value);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
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
