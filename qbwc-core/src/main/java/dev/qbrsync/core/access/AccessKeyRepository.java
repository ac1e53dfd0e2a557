package dev.qbrsync.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Access keys (the REST API's tokens), stored as hashes. */
public interface AccessKeyRepository {

    AccessKey create(AccessKey token);

    List<AccessKey> findAll();

    Optional<AccessKey> findBySecretHash(String secretHash);

    /** Marks the token revoked at {@code at}; false when there is no such token or it was already revoked. */
    boolean revoke(long id, Instant at);
}
