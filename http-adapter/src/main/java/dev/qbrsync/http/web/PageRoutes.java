package dev.qbrsync.http.web;

import dev.qbrsync.http.api.ApiAudit;
import io.javalin.config.JavalinConfig;

/** The finance page: its files, and its session (sign in with a token, who is signed in, sign out). */
public final class PageRoutes {
    public static final String SIGN_IN_PATH = "/ui/sign-in";
    public static final String SESSION_PATH = "/ui/session";

    private final BrowserSessionRoutes sessions;
    private final BrowserAuth browserAuth;
    private final ApiAudit audit;

    public PageRoutes(BrowserSessionRoutes sessions, BrowserAuth browserAuth, ApiAudit audit) {
        this.sessions = sessions;
        this.browserAuth = browserAuth;
        this.audit = audit;
    }

    public void addTo(JavalinConfig config) {
        PageFiles.addTo(config);
        config.routes.post(SIGN_IN_PATH, sessions::signIn);
        config.routes.before(SESSION_PATH, browserAuth);
        config.routes.get(SESSION_PATH, sessions::session);
        config.routes.delete(SESSION_PATH, sessions::signOut);
        config.routes.after(SESSION_PATH, audit);
    }
}
