package dev.qbrsync.core.access;

import java.time.Instant;

/** The one-time setup code of a fresh installation, as stored: its SHA-256 and when it expires; at most one. */
public interface SetupCodeStore {

    /** Stores this code in place of any earlier one. */
    void replace(String codeHash, Instant expiresAt);

    /**
     * Removes the code when {@code codeHash} is it and it has not expired at {@code now}; true only for the one caller
     * that removed it, however many try at once.
     */
    boolean consume(String codeHash, Instant now);

    /** Removes any code. */
    void clear();
}
