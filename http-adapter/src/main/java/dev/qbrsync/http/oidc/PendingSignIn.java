package dev.qbrsync.http.oidc;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;

import java.util.Optional;

/**
 * What a browser must bring back from the provider: the {@code state} that ties the answer to this browser, the
 * {@code nonce} the ID token must carry, and the PKCE verifier of the code. It travels in a short-lived HttpOnly
 * cookie of the browser that started the sign-in, so any instance can finish it and nothing is kept per visitor.
 */
public record PendingSignIn(State state, Nonce nonce, CodeVerifier codeVerifier) {

    static PendingSignIn fresh() {
        return new PendingSignIn(new State(), new Nonce(), new CodeVerifier());
    }

    /** The cookie's value; none of the three values holds a dot except possibly the verifier, which comes last. */
    String encode() {
        return state.getValue() + "." + nonce.getValue() + "." + codeVerifier.getValue();
    }

    static Optional<PendingSignIn> decode(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.", 3);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PendingSignIn(new State(parts[0]), new Nonce(parts[1]),
                    new CodeVerifier(parts[2])));
        } catch (IllegalArgumentException notAVerifier) { // PKCE wants 43 to 128 characters of its alphabet
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "PendingSignIn[…]";
    }
}
