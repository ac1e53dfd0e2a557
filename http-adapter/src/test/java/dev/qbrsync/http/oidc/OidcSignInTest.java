package dev.qbrsync.http.oidc;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.Nonce;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The authorization code flow against a real provider on loopback, and every way its answer can be untrustworthy. */
class OidcSignInTest {
    private static final String CLIENT = "qbr-sync";
    private static final URI REDIRECT = URI.create("http://127.0.0.1:1/ui/sign-in/oidc/callback");

    private LocalOidcProvider provider;
    private OidcSignIn signIn;

    @BeforeEach
    void start() {
        provider = new LocalOidcProvider();
        // Generous: the local provider's first answers are slow on a loaded machine, and a timeout is not under test.
        signIn = new OidcSignIn(new OidcSettings("Microsoft", provider.issuer(), CLIENT, "s3cret".toCharArray(),
                REDIRECT, "the admin"), Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void aPersonSignsInWithCodePkceStateAndNonce() throws Exception {
        provider.nextPerson("anna", Map.of("email", "Anna@Example.COM", "name", "Anna Berg",
                "roles", List.of("editor")));
        OidcSignIn.Started started = signIn.begin();

        assertThat(started.authorizationUri().toString()).contains("code_challenge_method=S256")
                .contains("state=" + started.pending().state().getValue())
                .contains("nonce=" + started.pending().nonce().getValue())
                .doesNotContain(started.pending().codeVerifier().getValue());
        VerifiedPerson person = signIn.complete(LocalOidcProvider.answerOf(started.authorizationUri()),
                started.pending());

        assertThat(person.email()).isEqualTo("anna@example.com");
        assertThat(person.displayName()).isEqualTo("Anna Berg");
        assertThat(person.claimedRoles()).containsExactly("editor");
    }

    @Test
    void entraIdsSignInNameStandsForTheAddress() throws Exception {
        provider.nextPerson("bob", Map.of("preferred_username", "bob@contoso.onmicrosoft.com"));
        OidcSignIn.Started started = signIn.begin();

        assertThat(signIn.complete(LocalOidcProvider.answerOf(started.authorizationUri()), started.pending()).email())
                .isEqualTo("bob@contoso.onmicrosoft.com");
    }

    @Test
    void anAnswerForAnotherBrowsersStateIsRefused() throws Exception {
        OidcSignIn.Started started = signIn.begin();
        String answer = LocalOidcProvider.answerOf(started.authorizationUri());
        PendingSignIn otherBrowser = new PendingSignIn(new State(), started.pending().nonce(),
                started.pending().codeVerifier());

        assertThatThrownBy(() -> signIn.complete(answer, otherBrowser))
                .isInstanceOf(SignInRefused.class).hasMessageContaining("wrong state");
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        provider.nextPerson("anna", Map.of("email", "anna@example.com"));
        OidcSignIn.Started started = signIn.begin();
        String answer = LocalOidcProvider.answerOf(started.authorizationUri());
        PendingSignIn replayed = new PendingSignIn(started.pending().state(), new Nonce(),
                started.pending().codeVerifier());

        assertThatThrownBy(() -> signIn.complete(answer, replayed))
                .isInstanceOf(SignInRefused.class).hasMessageContaining("nonce");
    }

    @Test
    void aTokenOfTheProvidersOwnKeyIsAccepted() throws Exception {
        Nonce nonce = new Nonce();
        var genuine = provider.idToken(provider.key(), CLIENT, nonce.getValue(), Instant.now().plusSeconds(600),
                "anna@example.com");

        assertThat(signIn.verify(genuine, nonce).email()).isEqualTo("anna@example.com");
    }

    @Test
    void aForgedIdTokenIsRefused() throws Exception {
        Nonce nonce = new Nonce();
        RSAKey forger = LocalOidcProvider.newKey(provider.key().getKeyID());
        var forged = provider.idToken(forger, CLIENT, nonce.getValue(), Instant.now().plusSeconds(600),
                "mallory@example.com");

        assertThatThrownBy(() -> signIn.verify(forged, nonce))
                .isInstanceOf(SignInRefused.class).hasMessageContaining("ID token was refused");
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        Nonce nonce = new Nonce();
        var expired = provider.idToken(provider.key(), CLIENT, nonce.getValue(), Instant.now().minusSeconds(3600),
                "anna@example.com");

        assertThatThrownBy(() -> signIn.verify(expired, nonce))
                .isInstanceOf(SignInRefused.class).hasMessageContaining("Expired");
    }

    @Test
    void anIdTokenForAnotherApplicationIsRefused() throws Exception {
        Nonce nonce = new Nonce();
        var elsewhere = provider.idToken(provider.key(), "another-app", nonce.getValue(),
                Instant.now().plusSeconds(600), "anna@example.com");

        assertThatThrownBy(() -> signIn.verify(elsewhere, nonce))
                .isInstanceOf(SignInRefused.class).hasMessageContaining("audience");
    }

    @Test
    void theProvidersNewKeyIsFetchedWhenItRotates() throws Exception {
        provider.nextPerson("anna", Map.of("email", "anna@example.com"));
        OidcSignIn.Started first = signIn.begin();
        assertThat(signIn.complete(LocalOidcProvider.answerOf(first.authorizationUri()), first.pending()).email())
                .isEqualTo("anna@example.com");

        provider.rotateKey("key-2");
        provider.nextPerson("anna", Map.of("email", "anna@example.com"));
        OidcSignIn.Started second = signIn.begin();

        assertThat(signIn.complete(LocalOidcProvider.answerOf(second.authorizationUri()), second.pending()).email())
                .isEqualTo("anna@example.com");
    }

    @Test
    void aProviderThatCannotBeReachedIsSaidSo() {
        OidcSignIn unreachable = new OidcSignIn(new OidcSettings("Microsoft", URI.create("http://127.0.0.1:9/none"),
                CLIENT, "s".toCharArray(), REDIRECT, "the admin"), Duration.ofSeconds(2));

        assertThatThrownBy(unreachable::begin).isInstanceOf(SignInRefused.class)
                .hasMessageContaining("could not be reached");
    }

    @Test
    void thePendingSignInSurvivesItsCookie() {
        PendingSignIn pending = PendingSignIn.fresh();

        PendingSignIn read = PendingSignIn.decode(pending.encode()).orElseThrow();

        assertThat(read.state()).isEqualTo(pending.state());
        assertThat(read.nonce()).isEqualTo(pending.nonce());
        assertThat(read.codeVerifier().getValue()).isEqualTo(pending.codeVerifier().getValue());
        assertThat(PendingSignIn.decode("junk")).isEmpty();
        assertThat(PendingSignIn.decode("state.nonce.too-short-for-pkce")).isEmpty();
        assertThat(PendingSignIn.decode(null)).isEmpty();
    }
}
