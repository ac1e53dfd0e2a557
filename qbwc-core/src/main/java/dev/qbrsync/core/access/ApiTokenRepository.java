package dev.qbrsync.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** REST API tokens, stored as hashes. */
public interface ApiTokenRepository {

    ApiToken create(ApiToken token);

    List<ApiToken> findAll();

    Optional<ApiToken> findBySecretHash(String secretHash);

    /** Marks the token revoked at {@code at}; false when there is no such token or it was already revoked. */
    boolean revoke(long id, Instant at);
}
