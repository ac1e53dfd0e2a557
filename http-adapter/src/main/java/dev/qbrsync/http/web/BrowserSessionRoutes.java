package dev.qbrsync.http.web;

import dev.qbrsync.core.access.BrowserAccess;
import dev.qbrsync.core.access.BrowserSession;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.http.api.ApiError;
import dev.qbrsync.http.api.JsonBodies;
import dev.qbrsync.http.api.AuthorizedCall;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.function.Function;

/**
 * The page's session: POST /ui/sign-in trades an API token for a session cookie; GET /ui/session tells the page who
 * is signed in and its CSRF token; DELETE /ui/session signs out. The last two pass {@link BrowserAuth} first.
 */
public final class BrowserSessionRoutes {
    private final BrowserAccess browserAccess;
    private final SessionCookie cookie;
    private final JsonBodies bodies;
    private final Function<CompanyScope, String> defaultCompany;

    /** @param defaultCompany the company a caller sees first, given the companies it may see */
    public BrowserSessionRoutes(BrowserAccess browserAccess, SessionCookie cookie, JsonBodies bodies,
                                Function<CompanyScope, String> defaultCompany) {
        this.browserAccess = browserAccess;
        this.cookie = cookie;
        this.bodies = bodies;
        this.defaultCompany = defaultCompany;
    }

    /** What the page needs to know of its session; the session id itself stays in the cookie. */
    record SessionJson(String actor, Instant expiresAt, String csrfToken, String defaultCompany) {
    }

    record SignInJson(String token) {
    }

    public void signIn(Context ctx) {
        String token = bodies.read(ctx, SignInJson.class).token();
        if (token == null || token.isBlank()) {
            throw ApiError.badInput("token", "is required: paste an API token made with 'qbr-sync.jar token create'");
        }
        BrowserAccess.SignedIn signedIn = browserAccess.signIn(new Caller(ctx.ip()), token)
                .orElseThrow(() -> ApiError.unauthorized("token", "This API token is not valid or was revoked."));
        BrowserSession session = signedIn.session();
        cookie.set(ctx, signedIn.sessionId(), session.expiresAt(), session.createdAt());
        ctx.status(201).json(describe(signedIn.sessionId(), session, signedIn.scope()));
    }

    public void session(Context ctx) {
        ctx.json(describe(SessionCookie.read(ctx), ctx.attribute(BrowserAuth.SESSION), AuthorizedCall.scope(ctx)));
    }

    public void signOut(Context ctx) {
        browserAccess.signOut(SessionCookie.read(ctx));
        cookie.clear(ctx);
        ctx.status(204);
    }

    private SessionJson describe(String sessionId, BrowserSession session, CompanyScope scope) {
        return new SessionJson(session.actor(), session.expiresAt(), browserAccess.csrfToken(sessionId),
                defaultCompany.apply(scope));
    }
}
