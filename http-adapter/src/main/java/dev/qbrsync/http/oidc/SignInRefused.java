package dev.qbrsync.http.oidc;

/**
 * The provider's answer could not be trusted or did not name a person: a wrong {@code state}, an error from the
 * provider, a failed code exchange, or an ID token whose signature, issuer, audience, expiry or nonce is wrong. The
 * message is for the audit log and the person; it never holds a token or a code.
 */
public final class SignInRefused extends Exception {

    public SignInRefused(String message) {
        super(message);
    }

    public SignInRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
