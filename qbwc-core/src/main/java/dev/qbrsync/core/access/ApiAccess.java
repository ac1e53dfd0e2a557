package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** REST API tokens: issued and revoked from the command line, checked (and audited) on every API call. */
public interface ApiAccess {

    /** Issues a new token for every company; the secret is returned once and never stored. */
    IssuedToken create(String name);

    /** Issues a new token limited to these companies (every company when empty). */
    IssuedToken create(String name, Set<String> companies);

    List<ApiToken> list();

    boolean revoke(long id);

    /**
     * The token's name and the companies it may act on when {@code bearerSecret} is a valid, unrevoked token. A
     * refusal is audited here; an accepted call is audited once it is answered, with {@link #recordOutcome}, so the
     * entry says how it ended.
     */
    Optional<Authorized> authorize(Caller caller, String bearerSecret, String action);

    /**
     * Whether this caller's address had {@value ApiAccessService#SIGN_IN_REFUSALS_PER_MINUTE} sign-ins refused this
     * minute, after which its sign-ins are refused without looking at the token; when true, this attempt is counted
     * as one more refusal.
     */
    boolean signInsRefusedTooOften(Caller caller);

    /** Audits how an API call ended: answered, refused as invalid or unknown, or denied. */
    void recordOutcome(Caller caller, String actor, String action, AuditOutcome outcome, String detail);

    record IssuedToken(ApiToken token, String secret) {
    }

    /** Who an accepted call is from (the token's name) and the companies it may act on. */
    record Authorized(String actor, CompanyScope scope) {
    }
}
