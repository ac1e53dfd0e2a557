package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.core.session.Ticket;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** REST API tokens: 256 random bits shown once, stored as SHA-256, every check audited. */
public final class ApiAccessService implements ApiAccess {
    /** Refused sign-ins an address may have in a minute; a person mistyping a token needs far fewer. */
    public static final int SIGN_IN_REFUSALS_PER_MINUTE = 20;
    /** API calls with a missing or bad token an address may have refused in a minute before it is answered 429. */
    public static final int API_REFUSALS_PER_MINUTE = 20;
    /**
     * The audit action of an API call refused for its token, whatever its path, so that one address's refusals are
     * summarised as one entry per minute (the path is in the entry's detail).
     */
    public static final String REFUSED_API_CALL = "api.unauthorized";
    private static final int SECRET_BYTES = 32;
    private static final String SECRET_PREFIX = "qbr_";

    private final AccessKeyRepository tokens;
    private final Auditor auditor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiAccessService(AccessKeyRepository tokens, Auditor auditor, Clock clock) {
        this.tokens = tokens;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public IssuedKey create(Requester requester, String name, Role role, Set<CompanyId> companies) {
        requester.scope().requireEveryCompany("API tokens");
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw new InvalidInputException("name", "a token needs a name of 1 to 100 characters");
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccessKey stored = tokens.create(new AccessKey(null, name.trim(), Ticket.sha256Hex(secret), clock.instant(), null,
                companies, role));
        auditor.record(requester.caller(), requester.actor(), "api.token.create", AuditOutcome.SUCCESS, "token #"
                + stored.id() + " '" + stored.name() + "', " + role.key() + " of " + (companies.isEmpty()
                ? "every company" : "companies " + companies.stream().sorted().map(CompanyId::value)
                .collect(Collectors.joining(", "))));
        return new IssuedKey(stored, secret);
    }

    @Override
    public List<AccessKey> list() {
        return tokens.findAll();
    }

    @Override
    public boolean anyActive() {
        return tokens.findAll().stream().anyMatch(token -> !token.isRevoked());
    }

    @Override
    public boolean revoke(Requester requester, long id) {
        requester.scope().requireEveryCompany("API tokens");
        boolean revoked = tokens.revoke(id, clock.instant());
        auditor.record(requester.caller(), requester.actor(), "api.token.revoke",
                revoked ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, "token #" + id);
        return revoked;
    }

    @Override
    public Optional<Authorized> authorize(Caller caller, String bearerSecret, String action) {
        Optional<AccessKey> token = bearerSecret == null || bearerSecret.isBlank()
                ? Optional.empty()
                : tokens.findBySecretHash(Ticket.sha256Hex(bearerSecret.trim())).filter(found -> !found.isRevoked());
        if (token.isEmpty()) {
            String why = bearerSecret == null || bearerSecret.isBlank() ? "no API token" : "invalid or revoked API token";
            if (action.equals(BrowserAccessService.SIGN_IN)) {
                auditor.recordRefusal(caller, null, action, true, why);
            } else {
                auditor.recordRefusal(caller, null, REFUSED_API_CALL, true, why + " for " + action);
            }
            return Optional.empty();
        }
        return Optional.of(new Authorized(token.get().name(), token.get().scope(), token.get().role()));
    }

    @Override
    public boolean signInsRefusedTooOften(Caller caller) {
        return auditor.refusedTooOften(caller, BrowserAccessService.SIGN_IN, SIGN_IN_REFUSALS_PER_MINUTE, "sign-ins");
    }

    @Override
    public boolean apiCallsRefusedTooOften(Caller caller) {
        return auditor.refusedTooOften(caller, REFUSED_API_CALL, API_REFUSALS_PER_MINUTE, "API calls");
    }

    @Override
    public void recordOutcome(Caller caller, String actor, String action, AuditOutcome outcome, String detail) {
        auditor.record(caller, actor, action, outcome, detail);
    }
}
