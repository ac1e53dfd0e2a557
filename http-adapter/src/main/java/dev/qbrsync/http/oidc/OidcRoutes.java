package dev.qbrsync.http.oidc;

import dev.qbrsync.core.access.BrowserAccess;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.http.access.Access;
import dev.qbrsync.http.web.SessionCookie;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in through the organisation's identity provider. {@value #START_PATH} sends the browser to the provider with a
 * fresh state, nonce and PKCE challenge, kept in a short-lived cookie; {@value #CALLBACK_PATH} takes the provider's
 * answer, checks it and the ID token, and opens the same browser session a token sign-in opens. A refusal is a small
 * page in the person's words, audited.
 */
public final class OidcRoutes {
    public static final String START_PATH = "/ui/sign-in/oidc";
    public static final String CALLBACK_PATH = START_PATH + "/callback";
    public static final String PROVIDERS_PATH = "/ui/sign-in/providers";
    static final String PENDING_COOKIE = "qbr_oidc_pending";
    /** Long enough to type a password and answer a second factor; the state is worthless afterwards. */
    private static final int PENDING_SECONDS = 600;

    private final OidcSignIn signIn;
    private final BrowserAccess browserAccess;
    private final SessionCookie sessionCookie;
    private final boolean secure;
    private final String whomToAsk;

    public OidcRoutes(OidcSignIn signIn, String whomToAsk, BrowserAccess browserAccess, SessionCookie sessionCookie,
                      boolean secure) {
        this.signIn = signIn;
        this.whomToAsk = whomToAsk;
        this.browserAccess = browserAccess;
        this.sessionCookie = sessionCookie;
        this.secure = secure;
    }

    /**
     * Adds {@value #PROVIDERS_PATH}, which tells the sign-in form which provider to offer (none when {@code routes}
     * is empty), and the sign-in's own two routes when there is a provider.
     */
    public static void addTo(JavalinConfig config, Optional<OidcRoutes> routes) {
        List<Map<String, String>> offered = routes.map(oidc -> List.of(Map.of("name", oidc.signIn.providerName(),
                "path", START_PATH))).orElse(List.of());
        config.routes.get(PROVIDERS_PATH, ctx -> ctx.json(Map.of("providers", offered)), Access.PUBLIC);
        routes.ifPresent(oidc -> {
            config.routes.get(START_PATH, oidc::start, Access.PUBLIC);
            config.routes.get(CALLBACK_PATH, oidc::callback, Access.PUBLIC);
        });
    }

    public void start(Context ctx) {
        OidcSignIn.Started started;
        try {
            started = signIn.begin();
        } catch (SignInRefused e) {
            RefusalPage.show(ctx, 503, "Signing in with " + signIn.providerName() + " is not possible right now",
                    e.getMessage() + " Try again in a minute, or sign in with an API token.");
            return;
        }
        // Lax, not Strict: the provider sends the browser back with a top-level navigation from its own site.
        ctx.cookie(new Cookie(PENDING_COOKIE, started.pending().encode(), START_PATH, PENDING_SECONDS, secure, true,
                null, SameSite.LAX));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(started.authorizationUri().toString());
    }

    public void callback(Context ctx) {
        Caller caller = new Caller(ctx.ip());
        Optional<PendingSignIn> pending = PendingSignIn.decode(ctx.cookie(PENDING_COOKIE));
        ctx.cookie(new Cookie(PENDING_COOKIE, "", START_PATH, 0, secure, true, null, SameSite.LAX));
        ctx.header("Cache-Control", "no-store");
        if (browserAccess.signInsRefusedTooOften(caller)) {
            // Each answer checked costs a request to the provider: an address that keeps failing is not heard.
            ctx.header("Retry-After", "60");
            RefusalPage.show(ctx, 429, "Too many sign-ins from here were refused", "Too many sign-ins from this "
                    + "address were refused this minute. Wait a minute and try again.");
            return;
        }
        if (pending.isEmpty()) {
            refuse(ctx, caller, 400, "This sign-in has expired or was started in another browser.");
            return;
        }
        VerifiedPerson person;
        try {
            person = signIn.complete(ctx.queryString(), pending.get());
        } catch (SignInRefused e) {
            refuse(ctx, caller, 400, e.getMessage());
            return;
        }
        Optional<BrowserAccess.SignedIn> signedIn = browserAccess.signInPerson(caller, person.email(),
                person.claimedRoles());
        if (signedIn.isEmpty()) {
            RefusalPage.show(ctx, 403, person.email() + " may not use QBR Sync", "Your " + signIn.providerName()
                    + " account " + person.email() + " is not among the people allowed to sign in here. Ask "
                    + whomToAsk + " to add it.");
            return;
        }
        sessionCookie.set(ctx, signedIn.get().sessionId(), signedIn.get().session().expiresAt(),
                signedIn.get().session().createdAt());
        ctx.redirect("/");
    }

    /** A sign-in whose answer cannot be trusted: nobody is named, since no ID token was accepted. */
    private void refuse(Context ctx, Caller caller, int status, String reason) {
        browserAccess.refuseProviderAnswer(caller, "sign-in with " + signIn.providerName() + " refused: " + reason);
        RefusalPage.show(ctx, status, "Signing in with " + signIn.providerName() + " did not work", reason
                + " Start again from the sign-in page.");
    }
}
