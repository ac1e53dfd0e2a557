package dev.qbrsync.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers every response carries: no content sniffing, no framing, no referrer, nothing cached from the API, and under
 * TLS a promise to browsers to come back over HTTPS only.
 */
final class SecurityHeaders implements Handler {
    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith(HttpServer.API_PREFIX)) {
            ctx.header("Cache-Control", "no-store");
        }
        if (tls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
