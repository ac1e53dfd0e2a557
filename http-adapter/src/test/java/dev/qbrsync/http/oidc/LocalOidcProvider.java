package dev.qbrsync.http.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider on loopback (NAV's mock-oauth2-server): discovery, authorize, token and key set
 * endpoints, signing with a key this class holds so that a test can also sign tokens of its own (expired ones with
 * the provider's key, forged ones with another), and rotate it.
 */
public final class LocalOidcProvider implements AutoCloseable {
    public static final String ISSUER_ID = "tenant";

    private final MockOAuth2Server server;
    private volatile RSAKey key = newKey("key-1");

    public LocalOidcProvider() {
        KeyProvider currentKey = new KeyProvider(List.of(key), "RS256") {
            @Override
            public JWK signingKey(String issuerId) {
                return key;
            }
        };
        OAuth2TokenProvider tokens = new OAuth2TokenProvider(currentKey,
                (kotlin.jvm.functions.Function0<Instant>) Instant::now);
        server = new MockOAuth2Server(new OAuth2Config(false, null, null, false, tokens));
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider signs with a new key (another key id) and publishes only that one, as after a rotation. */
    public void rotateKey(String newKeyId) {
        key = newKey(newKeyId);
    }

    public URI issuer() {
        return server.issuerUrl(ISSUER_ID).uri();
    }

    public RSAKey key() {
        return key;
    }

    /** The next ID token names this person. */
    public void nextPerson(String subject, Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600));
    }

    /** An ID token as the provider would make it, signed with {@code signingKey}. */
    public SignedJWT idToken(RSAKey signingKey, String audience, String nonce, Instant expiry, String email) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer().toString()).subject("s-" + email)
                .audience(audience).claim("nonce", nonce).claim("email", email)
                .issueTime(Date.from(expiry.minus(Duration.ofHours(1)))).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt;
    }

    /** Follows the provider's authorize page the way a browser would; returns the query it redirects back with. */
    public static String answerOf(URI authorizationUri) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(authorizationUri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect from the provider: " + response.statusCode() + " " + response.body()));
        return URI.create(location).getRawQuery();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
