package dev.qbrsync.http.web;

import dev.qbrsync.core.access.ApiAccess;
import dev.qbrsync.core.access.BrowserAccess;
import dev.qbrsync.core.access.BrowserSession;
import dev.qbrsync.core.access.FirstAdminSetup;
import dev.qbrsync.core.access.Role;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.http.api.ApiError;
import dev.qbrsync.http.api.AuthorizedCall;
import dev.qbrsync.http.api.JsonBodies;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page's session: POST /ui/sign-in trades an API token, or on a fresh installation its one-time setup code, for a
 * session cookie; GET /ui/session tells the page who is signed in, with which role, and its CSRF token; DELETE
 * /ui/session signs out. The last two pass {@link BrowserAuth} first.
 */
public final class BrowserSessionRoutes {
    private final BrowserAccess browserAccess;
    private final FirstAdminSetup firstAdminSetup;
    private final SessionCookie cookie;
    private final JsonBodies bodies;
    private final Function<CompanyScope, Optional<CompanyId>> defaultCompany;

    /** @param defaultCompany the company a caller sees first, given the companies it may see */
    public BrowserSessionRoutes(BrowserAccess browserAccess, FirstAdminSetup firstAdminSetup, SessionCookie cookie,
                                JsonBodies bodies, Function<CompanyScope, Optional<CompanyId>> defaultCompany) {
        this.browserAccess = browserAccess;
        this.firstAdminSetup = firstAdminSetup;
        this.cookie = cookie;
        this.bodies = bodies;
        this.defaultCompany = defaultCompany;
    }

    /**
     * What the page needs to know of its session; the session id itself stays in the cookie.
     *
     * @param firstAdminToken the token a setup code just made, secret included, in this one answer only
     */
    record SessionJson(String actor, String role, Instant expiresAt, String csrfToken, String defaultCompany,
                       Map<String, Object> firstAdminToken) {
    }

    record SignInJson(String token) {
    }

    public void signIn(Context ctx) {
        String token = bodies.read(ctx, SignInJson.class).token();
        if (token == null || token.isBlank()) {
            throw ApiError.badInput("token", "is required: paste an API token, or on the first start the setup code "
                    + "from the server's log");
        }
        Caller caller = new Caller(ctx.ip());
        if (browserAccess.signInsRefusedTooOften(caller)) {
            throw ApiError.tooManyRequests("Too many sign-ins from this address were refused this minute; wait a "
                    + "minute and try again.");
        }
        ApiAccess.IssuedKey firstAdmin = null;
        if (FirstAdminSetup.looksLikeSetupCode(token)) {
            firstAdmin = firstAdminSetup.redeem(caller, token).orElseThrow(() -> ApiError.unauthorized(
                    "token", "This setup code is wrong, was already used or has expired."));
            token = firstAdmin.secret();
        }
        BrowserAccess.SignedIn signedIn = browserAccess.signIn(caller, token)
                .orElseThrow(() -> ApiError.unauthorized("token", "This API token is not valid or was revoked."));
        BrowserSession session = signedIn.session();
        cookie.set(ctx, signedIn.sessionId(), session.expiresAt(), session.createdAt());
        ctx.status(201).json(describe(signedIn.sessionId(), session, signedIn.scope(), signedIn.role(), firstAdmin));
    }

    public void session(Context ctx) {
        ctx.json(describe(SessionCookie.read(ctx), ctx.attribute(BrowserAuth.SESSION), AuthorizedCall.scope(ctx),
                AuthorizedCall.role(ctx), null));
    }

    public void signOut(Context ctx) {
        browserAccess.signOut(SessionCookie.read(ctx));
        cookie.clear(ctx);
        ctx.status(204);
    }

    private SessionJson describe(String sessionId, BrowserSession session, CompanyScope scope, Role role,
                                 ApiAccess.IssuedKey firstAdmin) {
        Map<String, Object> shownOnce = firstAdmin == null ? null : Map.of("id", firstAdmin.token().id(),
                "name", firstAdmin.token().name(), "secret", firstAdmin.secret());
        return new SessionJson(session.actor(), role.key(), session.expiresAt(), CsrfTokens.forSession(sessionId),
                defaultCompany.apply(scope).map(CompanyId::value).orElse(""), shownOnce);
    }
}
