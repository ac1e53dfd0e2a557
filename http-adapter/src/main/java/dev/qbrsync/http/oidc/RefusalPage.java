package dev.qbrsync.http.oidc;

import io.javalin.http.Context;

/**
 * A plain page that tells a person why they are not signed in, with the way back: the finance page's own style sheet,
 * no script, nothing from elsewhere.
 */
final class RefusalPage {
    private static final String POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private RefusalPage() {
    }

    static void show(Context ctx, int status, String title, String explanation) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.status(status).contentType("text/html; charset=utf-8").result("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>QBR Sync: %1$s</title><link rel="stylesheet" href="/ui/app.css"></head>
                <body><header class="top"><p class="brand">QBR Sync</p></header>
                <main id="main"><div class="sign-in panel"><h1>%1$s</h1><p>%2$s</p>
                <p><a class="button" href="/">Back to the sign-in page</a></p></div></main></body>
                </html>
                """.formatted(escape(title), escape(explanation)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
