package dev.qbrsync.http.oidc;

import io.javalin.http.Context;

/** A plain page that tells a person why they are not signed in, with the way back; no script, nothing from elsewhere. */
final class RefusalPage {

    private RefusalPage() {
    }

    static void show(Context ctx, int status, String title, String explanation) {
        ctx.status(status).contentType("text/html; charset=utf-8").result("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>QBR Sync: %1$s</title></head>
                <body><main><h1>%1$s</h1><p>%2$s</p><p><a href="/">Back to the sign-in page</a></p></main></body>
                </html>
                """.formatted(escape(title), escape(explanation)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
