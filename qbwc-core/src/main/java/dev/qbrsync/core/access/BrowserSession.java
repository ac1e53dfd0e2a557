package dev.qbrsync.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A browser signed in with an API token, as stored: the SHA-256 of its session id, never the id, and the SHA-256 of
 * the API token it was opened with, so revoking the token ends the session too.
 *
 * @param actor the API token's name: who acts in the audit log
 */
public record BrowserSession(String idHash, String actor, String tokenHash, Instant createdAt, Instant expiresAt) {

    public BrowserSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
