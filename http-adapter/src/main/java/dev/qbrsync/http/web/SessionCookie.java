package dev.qbrsync.http.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.time.Duration;
import java.time.Instant;

/**
 * The cookie that carries a browser's session id: HttpOnly (the page's scripts never see it), SameSite=Strict (no
 * other site's page can make the browser send it), Secure whenever the page is reached over HTTPS, and gone from the
 * browser when the session expires.
 */
public final class SessionCookie {
    public static final String NAME = "qbr_session";

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public static String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    public static boolean isPresent(Context ctx) {
        String value = read(ctx);
        return value != null && !value.isBlank();
    }

    public void set(Context ctx, String sessionId, Instant expiresAt, Instant now) {
        int maxAge = (int) Math.max(1, Duration.between(now, expiresAt).toSeconds());
        ctx.cookie(new Cookie(NAME, sessionId, "/", maxAge, secure, true, null, SameSite.STRICT));
    }

    void clear(Context ctx) {
        ctx.cookie(new Cookie(NAME, "", "/", 0, secure, true, null, SameSite.STRICT));
    }
}
