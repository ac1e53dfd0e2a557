package dev.qbrsync.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BcryptCredentialVerifierTest {
    private static final String HASH = BCrypt.withDefaults().hashToString(4, "s3cret-pass".toCharArray());

    @Test
    void acceptsOnlyTheRightUserAndPassword() {
        BcryptCredentialVerifier verifier = new BcryptCredentialVerifier("qbwc", HASH, "default");

        assertThat(verifier.companyFor("qbwc", "s3cret-pass".toCharArray())).contains("default");
        assertThat(verifier.companyFor("qbwc", "wrong".toCharArray())).isEmpty();
        assertThat(verifier.companyFor("intruder", "s3cret-pass".toCharArray())).isEmpty();
    }

    @Test
    void aHashThatDoesNotParseStopsStartupWithAClearMessage() {
        assertThatThrownBy(() -> new BcryptCredentialVerifier("qbwc", "plaintext-password", "default"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("QBWC_PASSWORD_HASH")
                .hasMessageContaining("hash-password");
        assertThatThrownBy(() -> new BcryptCredentialVerifier("qbwc", HASH.substring(0, 40), "default"))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void hashPasswordMakesAHashTheVerifierAccepts() {
        String hash = BcryptCredentialVerifier.hash("another-password".toCharArray());

        assertThat(new BcryptCredentialVerifier("u", hash, "c").companyFor("u", "another-password".toCharArray()))
                .contains("c");
    }
}
