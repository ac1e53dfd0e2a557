package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.qbr.CompanyId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * REST API tokens: issued and revoked from the command line or by an admin, checked (and audited) on every API call.
 */
public interface ApiAccess {

    /**
     * Issues a new token with this role, limited to these companies (every company when empty); the secret is
     * returned once and never stored. Only a requester that may act on every company may issue one.
     */
    IssuedKey create(Requester requester, String name, Role role, Set<CompanyId> companies);

    /** An admin token for every company, issued from the command line: what every token was before roles. */
    default IssuedKey create(String name) {
        return create(name, Set.of());
    }

    /** An admin token for these companies, issued from the command line. */
    default IssuedKey create(String name, Set<CompanyId> companies) {
        return create(Requester.commandLine(), name, Role.ADMIN, companies);
    }

    List<AccessKey> list();

    /** True while some token is unrevoked: until then the server offers a one-time setup code. */
    boolean anyActive();

    /** Revokes the token at once; false when there is none or it was already revoked. */
    boolean revoke(Requester requester, long id);

    default boolean revoke(long id) {
        return revoke(Requester.commandLine(), id);
    }

    /**
     * The token's name and the companies it may act on when {@code bearerSecret} is a valid, unrevoked token. A
     * refusal is audited here, summarised per address and minute like every refusal of an unauthenticated caller
     * (as {@value ApiAccessService#REFUSED_API_CALL} for an API call); an accepted call is audited once it is
     * answered, with {@link #recordOutcome}, so the entry says how it ended.
     */
    Optional<Authorized> authorize(Caller caller, String bearerSecret, String action);

    /**
     * Whether this caller's address had {@value ApiAccessService#SIGN_IN_REFUSALS_PER_MINUTE} sign-ins refused this
     * minute, after which its sign-ins are refused without looking at the token; when true, this attempt is counted
     * as one more refusal.
     */
    boolean signInsRefusedTooOften(Caller caller);

    /**
     * Whether this caller's address had {@value ApiAccessService#API_REFUSALS_PER_MINUTE} API calls refused for their
     * token this minute, after which its API calls are refused without looking at the token; when true, this call is
     * counted as one more refusal.
     */
    boolean apiCallsRefusedTooOften(Caller caller);

    /** Audits how an API call ended: answered, refused as invalid or unknown, or denied. */
    void recordOutcome(Caller caller, String actor, String action, AuditOutcome outcome, String detail);

    record IssuedKey(AccessKey token, String secret) {
    }

    /** Who an accepted call is from (the token's name), the companies it may act on and what it may do there. */
    record Authorized(String actor, CompanyScope scope, Role role) {
    }
}
