package dev.qbrsync.core.access;

import java.time.Instant;
import java.util.Optional;

/** A REST API token as stored: its name and the SHA-256 of its secret, never the secret. */
public record ApiToken(Long id, String name, String secretHash, Instant createdAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }

    public ApiToken withId(long newId) {
        return new ApiToken(newId, name, secretHash, createdAt, revokedAt);
    }
}
