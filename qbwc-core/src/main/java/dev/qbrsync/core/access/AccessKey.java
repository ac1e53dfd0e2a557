package dev.qbrsync.core.access;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An access key as stored (the REST API's and CLI's "token"): its name and the SHA-256 of its secret, never the
 * secret.
 *
 * @param companies the companies it may act on; empty for every company
 * @param role      what it may do there
 */
public record AccessKey(Long id, String name, String secretHash, Instant createdAt, Instant revokedAt,
                       Set<CompanyId> companies, Role role) {

    public AccessKey {
        companies = Set.copyOf(companies);
        Objects.requireNonNull(role, "role");
    }

    /** An admin token for these companies: what every token was before roles. */
    public AccessKey(Long id, String name, String secretHash, Instant createdAt, Instant revokedAt,
                    Set<CompanyId> companies) {
        this(id, name, secretHash, createdAt, revokedAt, companies, Role.ADMIN);
    }

    /** An admin token for every company. */
    public AccessKey(Long id, String name, String secretHash, Instant createdAt, Instant revokedAt) {
        this(id, name, secretHash, createdAt, revokedAt, Set.of());
    }

    public CompanyScope scope() {
        return companies.isEmpty() ? CompanyScope.every()
                : CompanyScope.only(companies);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }

    public AccessKey withId(long newId) {
        return new AccessKey(newId, name, secretHash, createdAt, revokedAt, companies, role);
    }
}
