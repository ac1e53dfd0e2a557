package dev.qbrsync.core.usecase;

import dev.qbrsync.core.auth.ApiToken;
import dev.qbrsync.core.auth.Caller;

import java.util.List;
import java.util.Optional;

/** REST API tokens: issued and revoked from the command line, checked (and audited) on every API call. */
public interface ApiAccess {

    /** Issues a new token; the secret is returned once and never stored. */
    IssuedToken create(String name);

    List<ApiToken> list();

    boolean revoke(long id);

    /**
     * The token's name when {@code bearerSecret} is a valid, unrevoked token. Audits the access as {@code action},
     * granted or denied.
     */
    Optional<String> authorize(Caller caller, String bearerSecret, String action);

    /** Audits the outcome of an API call made by an authorized actor (for example a refused invalid input). */
    void recordOutcome(Caller caller, String actor, String action, boolean succeeded, String detail);

    record IssuedToken(ApiToken token, String secret) {
    }
}
