package dev.qbrsync.http.oidc;

import java.net.URI;
import java.util.Objects;

/**
 * An OpenID Connect provider the page's people sign in with, and this server's registration with it.
 *
 * @param providerName what the sign-in button says: "Sign in with {@code providerName}"
 * @param issuer       the provider's issuer; its discovery document is {@code issuer/.well-known/openid-configuration}
 * @param redirectUri  where the provider sends the browser back: {@code <public URL>}{@value OidcRoutes#CALLBACK_PATH}
 * @param whomToAsk    whom the refusal page tells a person not on the allow-list to ask
 */
public record OidcSettings(String providerName, URI issuer, String clientId, char[] clientSecret, URI redirectUri,
                           String whomToAsk) {

    public OidcSettings {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(whomToAsk, "whomToAsk");
    }

    @Override
    public String toString() {
        return "OidcSettings[" + providerName + ", issuer " + issuer + ", client " + clientId + ", redirect "
                + redirectUri + "]";
    }
}
