package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;

import java.util.Collection;
import java.util.Optional;

/**
 * Browsers of the finance page: a person signs in once with an API token and the browser then holds a session id
 * (in a cookie the page's scripts cannot read) until it expires or the person signs out. Changes also need the
 * session's CSRF token, which only the page itself can learn. Sign-ins and refusals are audited here; what a browser
 * does within its session, signing out included, is audited by the transport like any API call.
 */
public interface BrowserAccess {

    /** A session for a valid, unrevoked API token; a refusal is audited. */
    Optional<SignedIn> signIn(Caller caller, String apiToken);

    /** Whether this address had too many sign-ins refused this minute to be heard again before the next. */
    boolean signInsRefusedTooOften(Caller caller);

    /**
     * A session for a person the organisation's identity provider vouched for, with the role the allow-list (or the
     * provider's role claims) gives them, for every company; empty, and audited with their address, when they may
     * not sign in.
     */
    Optional<SignedIn> signInPerson(Caller caller, String email, Collection<String> claimedRoles);

    /**
     * The open session {@code sessionId} names, with the companies its API token may act on; empty, and audited as a
     * denial of {@code action}, when there is none, it expired, or its API token was revoked.
     */
    Optional<Authorized> authorize(Caller caller, String sessionId, String action);

    /** The token the page must send with every change it makes in this session. */
    String csrfToken(String sessionId);

    boolean acceptsCsrfToken(String sessionId, String csrfToken);

    /** Ends the session at once. */
    void signOut(String sessionId);

    /** An open session, the companies the API token that opened it may act on, and what it may do there. */
    record Authorized(BrowserSession session, CompanyScope scope, Role role) {
    }

    /** A new session: its id goes into the browser's cookie and nowhere else. */
    record SignedIn(String sessionId, BrowserSession session, CompanyScope scope, Role role) {
        @Override
        public String toString() {
            return "SignedIn[" + session.actor() + " until " + session.expiresAt() + "]";
        }
    }
}
