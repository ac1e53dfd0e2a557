package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;

import java.util.List;
import java.util.Optional;

/** REST API tokens: issued and revoked from the command line, checked (and audited) on every API call. */
public interface ApiAccess {

    /** Issues a new token; the secret is returned once and never stored. */
    IssuedToken create(String name);

    List<ApiToken> list();

    boolean revoke(long id);

    /**
     * The token's name when {@code bearerSecret} is a valid, unrevoked token. A refusal is audited here; an accepted
     * call is audited once it is answered, with {@link #recordOutcome}, so the entry says how it ended.
     */
    Optional<String> authorize(Caller caller, String bearerSecret, String action);

    /** Audits how an API call ended: answered, refused as invalid or unknown, or denied. */
    void recordOutcome(Caller caller, String actor, String action, AuditOutcome outcome, String detail);

    record IssuedToken(ApiToken token, String secret) {
    }
}
