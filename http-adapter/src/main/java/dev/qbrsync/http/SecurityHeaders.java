package dev.qbrsync.http;

import dev.qbrsync.http.web.PageFiles;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.LinkedHashMap;
import java.util.Map;

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
    private static final String HSTS = "max-age=31536000";
    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    /** The headers of a response that is not the page: what Jetty's own error responses carry too. */
    static Map<String, String> lockedDown(boolean tls) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", LOCKED_DOWN);
        headers.put("Referrer-Policy", "no-referrer");
        if (tls) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    @Override
    public void handle(Context ctx) {
        lockedDown(tls).forEach(ctx::header);
        if (PageFiles.isPage(ctx.path())) {
            ctx.header("Content-Security-Policy", PAGE);
        }
        if (ctx.path().startsWith(HttpServer.API_PREFIX) || ctx.path().equals(HttpServer.SESSION_PATH)
                || ctx.path().equals(HttpServer.SIGN_IN_PATH)) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
