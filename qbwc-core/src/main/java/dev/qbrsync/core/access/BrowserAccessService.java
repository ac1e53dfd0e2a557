package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.session.Ticket;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Browser sessions: 256 random bits, stored as SHA-256, lasting a fixed time from sign-in. How the browser holds the
 * id and proves a change comes from the page itself is the transport's business.
 */
public final class BrowserAccessService implements BrowserAccess {
    /** A working day: a person signs in once in the morning. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);
    static final String SIGN_IN = "web.sign-in";
    /**
     * The audit action of a call refused for its browser session (none, unknown, expired, or its key revoked), whatever
     * its path, so that one address's refusals are summarised as one entry per minute (the call is in the detail).
     */
    public static final String REFUSED_BROWSER_CALL = "web.unauthorized";
    private static final int ID_BYTES = 32;

    private final ApiAccess apiAccess;
    private final AccessKeyRepository keys;
    private final BrowserSessionRepository sessions;
    private final Auditor auditor;
    private final Clock clock;
    private final Duration lifetime;
    private final AuthorizedPeople people;
    private final SecureRandom random = new SecureRandom();

    /** Sessions opened with access keys only. */
    public BrowserAccessService(ApiAccess apiAccess, AccessKeyRepository keys, BrowserSessionRepository sessions,
                                Auditor auditor, Clock clock, Duration lifetime) {
        this(apiAccess, keys, sessions, auditor, clock, lifetime, AuthorizedPeople.NOBODY);
    }

    /** Sessions opened with access keys, and by the {@code people} an identity provider vouches for. */
    public BrowserAccessService(ApiAccess apiAccess, AccessKeyRepository keys, BrowserSessionRepository sessions,
                                Auditor auditor, Clock clock, Duration lifetime, AuthorizedPeople people) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("A browser session must last a positive time");
        }
        this.apiAccess = apiAccess;
        this.keys = keys;
        this.sessions = sessions;
        this.auditor = auditor;
        this.clock = clock;
        this.lifetime = lifetime;
        this.people = people;
    }

    @Override
    public Optional<SignedIn> signIn(Caller caller, String accessKey) {
        Optional<ApiAccess.Authorized> authorized = apiAccess.authorize(caller, accessKey, SIGN_IN);
        if (authorized.isEmpty()) {
            return Optional.empty();
        }
        String tokenHash = Ticket.sha256Hex(accessKey.trim());
        return Optional.of(open(caller, authorized.get().scope(), authorized.get().role(), (idHash, now) ->
                new BrowserSession(idHash, authorized.get().actor(), tokenHash, now, now.plus(lifetime))));
    }

    @Override
    public Optional<SignedIn> signInPerson(Caller caller, String email, Collection<String> claimedRoles) {
        Optional<Role> role = people.roleOf(email, claimedRoles);
        if (role.isEmpty()) {
            auditor.record(caller, email, SIGN_IN, AuditOutcome.DENIED, "not among the people allowed to sign in");
            return Optional.empty();
        }
        return Optional.of(open(caller, CompanyScope.every(), role.get(), (idHash, now) ->
                BrowserSession.ofPerson(idHash, email, role.get(), now, now.plus(lifetime))));
    }

    @Override
    public void refuseProviderAnswer(Caller caller, String reason) {
        auditor.recordRefusal(caller, null, SIGN_IN, true, reason);
    }

    private SignedIn open(Caller caller, CompanyScope scope, Role role,
                          BiFunction<String, Instant, BrowserSession> session) {
        Instant now = clock.instant();
        sessions.deleteExpired(now);
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        BrowserSession opened = session.apply(Ticket.sha256Hex(id), now);
        sessions.create(opened);
        auditor.record(caller, opened.actor(), SIGN_IN, AuditOutcome.SUCCESS, "browser session"
                + (opened.isPersons() ? " as " + opened.personRole().key() : "") + " until " + opened.expiresAt());
        return new SignedIn(id, opened, scope, role);
    }

    @Override
    public boolean signInsRefusedTooOften(Caller caller) {
        return apiAccess.signInsRefusedTooOften(caller);
    }

    @Override
    public Optional<Authorized> authorize(Caller caller, String sessionId, String action) {
        if (sessionId == null || sessionId.isBlank()) {
            return refuse(caller, null, "no browser session", action);
        }
        Optional<BrowserSession> session = sessions.findByIdHash(Ticket.sha256Hex(sessionId));
        String refusal = session.isEmpty() ? "unknown or signed-out browser session"
                : !session.get().isOpenAt(clock.instant()) ? "expired browser session" : null;
        if (refusal == null) {
            Optional<Authorized> granted = session.get().isPersons() ? stillAdmitted(session.get())
                    : ofUnrevokedKey(session.get());
            if (granted.isPresent()) {
                return granted;
            }
            refusal = session.get().isPersons() ? "browser session of a person no longer allowed to sign in"
                    : "browser session of a revoked API token";
        }
        return refuse(caller, session.map(BrowserSession::actor).orElse(null), refusal, action);
    }

    @Override
    public boolean callsRefusedTooOften(Caller caller) {
        return auditor.refusedTooOften(caller, REFUSED_BROWSER_CALL, ApiAccessService.API_REFUSALS_PER_MINUTE,
                "calls without an open browser session");
    }

    private Optional<Authorized> refuse(Caller caller, String actor, String refusal, String action) {
        auditor.recordRefusal(caller, actor, REFUSED_BROWSER_CALL, true, refusal + ": " + action);
        return Optional.empty();
    }

    private Optional<Authorized> ofUnrevokedKey(BrowserSession session) {
        return keys.findBySecretHash(session.tokenHash()).filter(found -> !found.isRevoked())
                .map(key -> new Authorized(session, key.scope(), key.role()));
    }

    /** A person taken off the allow-list (and holding no role by claims) is let in no more, open session or not. */
    private Optional<Authorized> stillAdmitted(BrowserSession session) {
        return people.roleOf(session.actor(), Set.of(session.personRole().key()))
                .map(role -> new Authorized(session, CompanyScope.every(), role));
    }

    @Override
    public void signOut(String sessionId) {
        sessions.delete(Ticket.sha256Hex(sessionId == null ? "" : sessionId));
    }
}
