package dev.qbrsync.http;

import dev.qbrsync.http.web.PageFiles;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers every response carries: no content sniffing, no framing, no referrer, nothing cached from the API or the
 * page's session, and under TLS a promise to browsers to come back over HTTPS only. Every response forbids everything
 * (default-src 'none') except the finance page, which may load scripts and styles from this server and call its API:
 * still no inline script or style, nothing from another site, no form posted elsewhere, no framing.
 */
final class SecurityHeaders implements Handler {
    static final String LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'";
    static final String PAGE = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", ctx.path().equals(PageFiles.PAGE) ? PAGE : LOCKED_DOWN);
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith(HttpServer.API_PREFIX) || ctx.path().equals(HttpServer.SESSION_PATH)
                || ctx.path().equals(HttpServer.SIGN_IN_PATH)) {
            ctx.header("Cache-Control", "no-store");
        }
        if (tls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
