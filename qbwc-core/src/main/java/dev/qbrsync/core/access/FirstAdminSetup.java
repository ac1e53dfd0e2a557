package dev.qbrsync.core.access;

import dev.qbrsync.core.access.internal.LoginThrottle;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.session.Ticket;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The first start without a command line: while no API token is active, a starting server offers a one-time setup code
 * (120 random bits, stored only as SHA-256, valid {@link #LIFETIME}) for whoever reads its log. Typed into the sign-in
 * form once, it issues the first {@link Role#ADMIN} token and is gone. Wrong codes are throttled per address like Web
 * Connector logins, and a code stops working as soon as any token exists, however that token was made.
 */
public final class FirstAdminSetup {
    public static final Duration LIFETIME = Duration.ofHours(24);
    public static final String PREFIX = "qbr-setup-";
    static final String FIRST_TOKEN_NAME = "first admin";
    static final String ACTION = "web.setup-code";
    /** The throttle's "user name" for setup codes: no Web Connector user can be called this (it has spaces). */
    private static final String THROTTLE_KEY = "(setup code)";
    private static final int CODE_BYTES = 15;

    private final ApiAccess apiAccess;
    private final SetupCodeStore store;
    private final LoginThrottle throttle;
    private final Auditor auditor;
    private final Clock clock;
    private final Runnable whenRedeemed;
    private final SecureRandom random = new SecureRandom();

    /**
     * Wrong codes are throttled per address on {@code failures}, like Web Connector logins.
     *
     * @param whenRedeemed runs once the code is used, e.g. to delete the file it was written to
     */
    public FirstAdminSetup(ApiAccess apiAccess, SetupCodeStore store, LoginFailures failures, Auditor auditor,
                           Clock clock, Runnable whenRedeemed) {
        this.apiAccess = apiAccess;
        this.store = store;
        this.throttle = new LoginThrottle(failures, clock);
        this.auditor = auditor;
        this.clock = clock;
        this.whenRedeemed = whenRedeemed;
    }

    /** True for text shaped like a setup code rather than an API token. */
    public static boolean looksLikeSetupCode(String text) {
        return text != null && text.trim().startsWith(PREFIX);
    }

    /** A new code, replacing any earlier one, while no token is active; empty (and no code kept) otherwise. */
    public Optional<String> offerIfNoAccessKey() {
        if (apiAccess.anyActive()) {
            store.clear();
            return Optional.empty();
        }
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        String code = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(LIFETIME);
        store.replace(Ticket.sha256Hex(code), expiresAt);
        auditor.record(Caller.unknown(), "server", "setup-code.offer", AuditOutcome.SUCCESS,
                "no API token exists: a one-time setup code was written to the log, valid until " + expiresAt);
        return Optional.of(code);
    }

    /**
     * The first admin token for a valid code, which is then gone; empty, and audited, for a wrong, used or expired
     * code or once a token exists.
     *
     * @throws TooManyAttemptsException when this address must wait after too many wrong codes
     */
    public Optional<ApiAccess.IssuedKey> redeem(Caller caller, String code) {
        Optional<Duration> wait = throttle.waitBeforeNextAttempt(THROTTLE_KEY, caller.sourceAddress());
        if (wait.isPresent()) {
            auditor.recordRefusal(caller, null, ACTION, false, "throttled after wrong setup codes");
            throw new TooManyAttemptsException(wait.get());
        }
        if (apiAccess.anyActive()) {
            store.clear();
            return refuse(caller, "a setup code is void once an API token exists");
        }
        if (code == null || !store.consume(Ticket.sha256Hex(code.trim()), clock.instant())) {
            return refuse(caller, "wrong, used or expired setup code");
        }
        throttle.recordSuccess(THROTTLE_KEY, caller.sourceAddress());
        Requester setup = new Requester(caller, "setup code", CompanyScope.every());
        ApiAccess.IssuedKey first = apiAccess.create(setup, FIRST_TOKEN_NAME, Role.ADMIN, Set.of());
        whenRedeemed.run();
        return Optional.of(first);
    }

    /**
     * A code that signs nobody in: it counts toward the address's throttle (a code typed after the first token exists
     * too, since anyone may send one at any time) and is audited like every stranger's refusal, in full for the first
     * few of a minute and as a summary after.
     */
    private Optional<ApiAccess.IssuedKey> refuse(Caller caller, String why) {
        throttle.recordFailure(THROTTLE_KEY, caller.sourceAddress());
        auditor.recordRefusal(caller, null, ACTION, true, why);
        return Optional.empty();
    }
}
