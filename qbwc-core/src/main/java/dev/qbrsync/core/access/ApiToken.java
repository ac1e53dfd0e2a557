package dev.qbrsync.core.access;

import dev.qbrsync.core.company.CompanyScope;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A REST API token as stored: its name and the SHA-256 of its secret, never the secret.
 *
 * @param companies the companies it may act on; empty for every company
 */
public record ApiToken(Long id, String name, String secretHash, Instant createdAt, Instant revokedAt,
                       Set<String> companies) {

    public ApiToken {
        companies = Set.copyOf(companies);
    }

    /** A token for every company. */
    public ApiToken(Long id, String name, String secretHash, Instant createdAt, Instant revokedAt) {
        this(id, name, secretHash, createdAt, revokedAt, Set.of());
    }

    public CompanyScope scope() {
        return companies.isEmpty() ? CompanyScope.every() : CompanyScope.only(companies);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }

    public ApiToken withId(long newId) {
        return new ApiToken(newId, name, secretHash, createdAt, revokedAt, companies);
    }
}
