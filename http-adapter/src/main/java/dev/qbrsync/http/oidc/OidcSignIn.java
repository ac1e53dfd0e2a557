package dev.qbrsync.http.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The authorization code flow with PKCE, {@code state} and {@code nonce}, through Nimbus' OpenID Connect SDK: where to
 * send a browser, and who came back. The provider is found through its discovery document on first use (and again
 * after a failure), and its signing keys are fetched from its published key set, cached, and fetched again when a
 * token names a key the cache does not hold, so a key rotation is followed without a restart.
 */
public final class OidcSignIn {
    /** A person's address, whichever claim the provider puts it in (Entra ID: {@code preferred_username}). */
    private static final List<String> EMAIL_CLAIMS = List.of("email", "preferred_username", "upn");
    private static final List<String> ROLE_CLAIMS = List.of("roles", "groups");
    private static final int MAX_KEY_SET_BYTES = 256 * 1024;

    private final OidcSettings settings;
    private final int timeoutMillis;
    private volatile Provider provider;

    public OidcSignIn(OidcSettings settings, Duration timeout) {
        this.settings = settings;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    public String providerName() {
        return settings.providerName();
    }

    /** A sign-in started: the provider's page to send the browser to, and what the browser must bring back. */
    public record Started(URI authorizationUri, PendingSignIn pending) {
    }

    public Started begin() throws SignInRefused {
        Provider found = provider();
        PendingSignIn pending = PendingSignIn.fresh();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "email", "profile"), new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(found.metadata().getAuthorizationEndpointURI())
                .state(pending.state())
                .nonce(pending.nonce())
                .codeChallenge(pending.codeVerifier(), CodeChallengeMethod.S256)
                .build();
        return new Started(request.toURI(), pending);
    }

    /**
     * Checks the provider's answer that the browser brought to the redirect URI ({@code query}, as received) against
     * what it took there, trades the code for the ID token, and checks the token.
     */
    public VerifiedPerson complete(String query, PendingSignIn pending) throws SignInRefused {
        AuthenticationSuccessResponse answer = successOf(query, pending);
        Provider found = provider();
        OIDCTokenResponse tokens = exchange(found, answer.getAuthorizationCode(), pending);
        return verify(tokens.getOIDCTokens().getIDToken(), pending.nonce());
    }

    /** Checks an ID token's signature against the provider's keys, its issuer, audience, expiry and nonce. */
    VerifiedPerson verify(JWT idToken, Nonce nonce) throws SignInRefused {
        IDTokenClaimsSet claims;
        try {
            claims = provider().validator().validate(idToken, nonce);
        } catch (com.nimbusds.jose.proc.BadJOSEException e) {
            throw new SignInRefused("The ID token was refused: " + e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new SignInRefused("The ID token could not be checked: " + e.getMessage(), e);
        }
        return new VerifiedPerson(email(claims), claims.getStringClaim("name"), roles(claims));
    }

    private AuthenticationSuccessResponse successOf(String query, PendingSignIn pending) throws SignInRefused {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(URI.create(settings.redirectUri() + "?"
                    + (query == null ? "" : query)));
        } catch (ParseException | IllegalArgumentException e) {
            throw new SignInRefused("The provider's answer could not be read.");
        }
        if (!pending.state().equals(response.getState())) {
            throw new SignInRefused("The answer does not belong to this browser's sign-in (wrong state).");
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = ((AuthenticationErrorResponse) response).getErrorObject();
            throw new SignInRefused("The provider refused the sign-in: " + error.getCode()
                    + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")") + ".");
        }
        return response.toSuccessResponse();
    }

    private OIDCTokenResponse exchange(Provider found, AuthorizationCode code, PendingSignIn pending)
            throws SignInRefused {
        TokenRequest request = new TokenRequest(found.metadata().getTokenEndpointURI(), clientAuthentication(found),
                new AuthorizationCodeGrant(code, settings.redirectUri(), pending.codeVerifier()));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(timeoutMillis);
        http.setReadTimeout(timeoutMillis);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new SignInRefused("The provider's token endpoint could not be used: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SignInRefused("The provider would not trade the sign-in code for a token: " + error.getCode()
                    + ".");
        }
        return (OIDCTokenResponse) response.toSuccessResponse();
    }

    private ClientAuthentication clientAuthentication(Provider found) {
        ClientID client = new ClientID(settings.clientId());
        Secret secret = new Secret(new String(settings.clientSecret()));
        List<ClientAuthenticationMethod> methods = found.metadata().getTokenEndpointAuthMethods();
        boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
    }

    private static String email(IDTokenClaimsSet claims) throws SignInRefused {
        for (String claim : EMAIL_CLAIMS) {
            String value = claims.getStringClaim(claim);
            if (value != null && value.contains("@")) {
                return value.trim().toLowerCase(Locale.ROOT);
            }
        }
        throw new SignInRefused("The provider did not say the person's e-mail address (claims " + EMAIL_CLAIMS
                + "); allow the 'email' scope for this application.");
    }

    private static Set<String> roles(IDTokenClaimsSet claims) {
        Set<String> roles = new LinkedHashSet<>();
        for (String claim : ROLE_CLAIMS) {
            // Null also when the claim is not a list of strings: such a claim grants no role.
            List<String> values = claims.getStringListClaim(claim);
            if (values != null) {
                roles.addAll(values);
            }
        }
        return Set.copyOf(roles);
    }

    private Provider provider() throws SignInRefused {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                provider = discover();
            }
            return provider;
        }
    }

    private Provider discover() throws SignInRefused {
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), timeoutMillis, timeoutMillis);
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new SignInRefused("The sign-in provider " + settings.issuer() + " could not be reached or did not "
                    + "publish a valid discovery document: " + e.getMessage(), e);
        }
        JWKSource<SecurityContext> keys;
        try {
            // Not rate limited: ID tokens reach us only from the token endpoint, over our own connection, so no
            // visitor can make us fetch the key set by sending tokens with unknown key ids.
            keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(timeoutMillis, timeoutMillis, MAX_KEY_SET_BYTES))
                    .rateLimited(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new SignInRefused("The provider's key set address is not a URL: " + metadata.getJWKSetURI(), e);
        }
        List<JWSAlgorithm> published = metadata.getIDTokenJWSAlgs();
        Set<JWSAlgorithm> algorithms = new HashSet<>(published == null || published.isEmpty()
                ? List.of(JWSAlgorithm.RS256) : published);
        algorithms.removeIf(algorithm -> !JWSAlgorithm.Family.SIGNATURE.contains(algorithm));
        IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);
        return new Provider(metadata, validator);
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }
}
