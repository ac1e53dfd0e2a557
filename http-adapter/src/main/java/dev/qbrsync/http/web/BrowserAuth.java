package dev.qbrsync.http.web;

import dev.qbrsync.core.access.BrowserAccess;
import dev.qbrsync.core.access.BrowserSession;
import dev.qbrsync.core.access.TooManyAttemptsException;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.http.api.ApiError;
import dev.qbrsync.http.api.AuthorizedCall;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.time.Duration;

/**
 * Lets a browser's call through only with an open session, and a change (any method but GET, HEAD and OPTIONS) only
 * with the session's CSRF token in {@value #CSRF_HEADER}. The call is then audited like an API call, as the session's
 * actor, with a {@code web} action; a missing or ended session is audited by the use case, and an address that had too
 * many calls refused for their session this minute is answered 429 without its session being looked up.
 */
public final class BrowserAuth implements Handler {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SESSION = "browser.session";
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    private final BrowserAccess browserAccess;

    public BrowserAuth(BrowserAccess browserAccess) {
        this.browserAccess = browserAccess;
    }

    /** A call from the page: it carries the session cookie and no bearer token of its own. */
    public static boolean isBrowserCall(Context ctx) {
        return ctx.header("Authorization") == null && SessionCookie.isPresent(ctx);
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.method().equals(HandlerType.OPTIONS)) {
            return;
        }
        String action = "web " + ctx.method() + " " + ctx.path();
        String sessionId = SessionCookie.read(ctx);
        Caller caller = new Caller(ctx.ip());
        if (browserAccess.callsRefusedTooOften(caller)) {
            throw new TooManyAttemptsException(ONE_MINUTE);
        }
        BrowserAccess.Authorized authorized = browserAccess.authorize(caller, sessionId, action)
                .orElseThrow(() -> ApiError.unauthorized("Your session has ended. Sign in again."));
        BrowserSession session = authorized.session();
        AuthorizedCall.remember(ctx, session.actor(), authorized.scope(), authorized.role(), action);
        ctx.attribute(SESSION, session);
        if (isChange(ctx.method()) && !CsrfTokens.accepts(sessionId, ctx.header(CSRF_HEADER))) {
            throw ApiError.forbidden("This change was refused: it did not carry the page's CSRF token. Reload the "
                    + "page and try again.");
        }
    }

    private static boolean isChange(HandlerType method) {
        return !method.equals(HandlerType.GET) && !method.equals(HandlerType.HEAD);
    }
}
