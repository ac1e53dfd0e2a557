package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.session.Ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Browser sessions: 256 random bits, stored as SHA-256, lasting a fixed time from sign-in. The CSRF token is derived
 * from the session id (a SHA-256 under its own prefix), so it needs no storage, differs from the stored hash, and
 * cannot be worked out by anyone who does not hold the id.
 */
public final class BrowserAccessService implements BrowserAccess {
    /** A working day: a person signs in once in the morning. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);
    static final String SIGN_IN = "web.sign-in";
    private static final int ID_BYTES = 32;
    private static final String CSRF_PREFIX = "qbr-csrf:";

    private final ApiAccess apiAccess;
    private final ApiTokenRepository tokens;
    private final BrowserSessionRepository sessions;
    private final Auditor auditor;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public BrowserAccessService(ApiAccess apiAccess, ApiTokenRepository tokens, BrowserSessionRepository sessions,
                                Auditor auditor, Clock clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("A browser session must last a positive time");
        }
        this.apiAccess = apiAccess;
        this.tokens = tokens;
        this.sessions = sessions;
        this.auditor = auditor;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public Optional<SignedIn> signIn(Caller caller, String apiToken) {
        Optional<ApiAccess.Authorized> authorized = apiAccess.authorize(caller, apiToken, SIGN_IN);
        if (authorized.isEmpty()) {
            return Optional.empty();
        }
        String actor = authorized.get().actor();
        Instant now = clock.instant();
        sessions.deleteExpired(now);
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        BrowserSession session = new BrowserSession(Ticket.sha256Hex(id), actor,
                Ticket.sha256Hex(apiToken.trim()), now, now.plus(lifetime));
        sessions.create(session);
        auditor.record(caller, actor, SIGN_IN, AuditOutcome.SUCCESS, "browser session until "
                + session.expiresAt());
        return Optional.of(new SignedIn(id, session, authorized.get().scope()));
    }

    @Override
    public boolean signInsRefusedTooOften(Caller caller) {
        return apiAccess.signInsRefusedTooOften(caller);
    }

    @Override
    public Optional<Authorized> authorize(Caller caller, String sessionId, String action) {
        if (sessionId == null || sessionId.isBlank()) {
            auditor.record(caller, null, action, AuditOutcome.DENIED, "no browser session");
            return Optional.empty();
        }
        Optional<BrowserSession> session = sessions.findByIdHash(Ticket.sha256Hex(sessionId));
        Optional<ApiToken> token = session.flatMap(open -> tokens.findBySecretHash(open.tokenHash()))
                .filter(found -> !found.isRevoked());
        String refusal = session.isEmpty() ? "unknown or signed-out browser session"
                : !session.get().isOpenAt(clock.instant()) ? "expired browser session"
                : token.isEmpty() ? "browser session of a revoked API token" : null;
        if (refusal != null) {
            auditor.record(caller, session.map(BrowserSession::actor).orElse(null), action, AuditOutcome.DENIED,
                    refusal);
            return Optional.empty();
        }
        return Optional.of(new Authorized(session.get(), token.get().scope()));
    }

    @Override
    public String csrfToken(String sessionId) {
        return Ticket.sha256Hex(CSRF_PREFIX + sessionId);
    }

    @Override
    public boolean acceptsCsrfToken(String sessionId, String csrfToken) {
        return sessionId != null && csrfToken != null && MessageDigest.isEqual(
                csrfToken(sessionId).getBytes(StandardCharsets.UTF_8), csrfToken.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void signOut(String sessionId) {
        sessions.delete(Ticket.sha256Hex(sessionId == null ? "" : sessionId));
    }
}
