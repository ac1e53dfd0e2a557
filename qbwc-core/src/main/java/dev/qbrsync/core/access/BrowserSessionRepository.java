package dev.qbrsync.core.access;

import java.time.Instant;
import java.util.Optional;

/** Signed-in browsers, found by the SHA-256 of their session id. */
public interface BrowserSessionRepository {

    void create(BrowserSession session);

    Optional<BrowserSession> findByIdHash(String idHash);

    /** False when there was no such session. */
    boolean delete(String idHash);

    /** Deletes every session that expired at or before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
