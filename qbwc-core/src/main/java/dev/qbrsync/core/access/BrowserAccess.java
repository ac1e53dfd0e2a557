package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;

import java.util.Collection;
import java.util.Optional;

/**
 * People using the finance page: a person signs in once with an access key (or through the organisation's identity
 * provider) and then holds a session id, which the transport keeps out of the page's scripts, until it expires or the
 * person signs out. Sign-ins and refusals are audited here; what a person does within a session, signing out
 * included, is audited by the transport like any API call.
 */
public interface BrowserAccess {

    /** A session for a valid, unrevoked access key; a refusal is audited. */
    Optional<SignedIn> signIn(Caller caller, String accessKey);

    /** Whether this address had too many sign-ins refused this minute to be heard again before the next. */
    boolean signInsRefusedTooOften(Caller caller);

    /**
     * A session for a person the organisation's identity provider vouched for, with the role the allow-list (or the
     * provider's role claims) gives them, for every company; empty, and audited with their address, when they may
     * not sign in.
     */
    Optional<SignedIn> signInPerson(Caller caller, String email, Collection<String> claimedRoles);

    /**
     * Audits a sign-in whose answer from the identity provider could not be trusted (no ID token accepted, so nobody
     * is named). Like a wrong access key it counts toward {@link #signInsRefusedTooOften} and is summarised per
     * address and minute, so that forged answers cannot grow the audit log at the rate they are sent.
     */
    void refuseProviderAnswer(Caller caller, String reason);

    /**
     * The open session {@code sessionId} names, with the companies its access key may act on; empty when there is
     * none, it expired, or its access key was revoked: that refusal is audited like a stranger's, summarised per address
     * and minute as {@value BrowserAccessService#REFUSED_BROWSER_CALL} with {@code action} in the detail.
     */
    Optional<Authorized> authorize(Caller caller, String sessionId, String action);

    /**
     * Whether this caller's address had {@value ApiAccessService#API_REFUSALS_PER_MINUTE} calls refused for their
     * browser session this minute, after which its calls are refused without their session being looked up; when
     * true, this call is counted as one more refusal.
     */
    boolean callsRefusedTooOften(Caller caller);

    /** Ends the session at once. */
    void signOut(String sessionId);

    /** An open session, the companies the access key that opened it may act on, and what it may do there. */
    record Authorized(BrowserSession session, CompanyScope scope, Role role) {
    }

    /** A new session: its id goes to the person's browser and nowhere else. */
    record SignedIn(String sessionId, BrowserSession session, CompanyScope scope, Role role) {
        @Override
        public String toString() {
            return "SignedIn[" + session.actor() + " until " + session.expiresAt() + "]";
        }
    }
}
