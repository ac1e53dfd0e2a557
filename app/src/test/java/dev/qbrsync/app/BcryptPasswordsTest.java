package dev.qbrsync.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BcryptPasswordsTest {
    private final BcryptPasswords passwords = new BcryptPasswords(4);

    @Test
    void aHashMatchesOnlyItsPassword() {
        String hash = passwords.hash("s3cret-pass".toCharArray());

        assertThat(hash).startsWith("$2a$04$").doesNotContain("s3cret");
        assertThat(passwords.matches("s3cret-pass".toCharArray(), hash)).isTrue();
        assertThat(passwords.matches("wrong-pass".toCharArray(), hash)).isFalse();
    }

    @Test
    void theStandInHashIsMadeOncePerCostAndMatchesNoPasswordAUserWouldSet() {
        String standIn = passwords.standInHash();

        assertThat(standIn).startsWith("$2a$04$");
        assertThat(new BcryptPasswords(4).standInHash()).as("another hasher of the same cost").isSameAs(standIn);
        assertThat(new BcryptPasswords(5).standInHash()).startsWith("$2a$05$");
        assertThat(passwords.matches("s3cret-pass".toCharArray(), standIn)).isFalse();
    }

    @Test
    void aHashThatDoesNotParseMatchesNothing() {
        assertThat(passwords.matches("plaintext-password".toCharArray(), "plaintext-password")).isFalse();
        assertThat(passwords.matches("x".toCharArray(), "")).isFalse();
    }

    @Test
    void aConfiguredHashThatDoesNotParseStopsStartupWithAClearMessage() {
        String hash = passwords.hash("another-password".toCharArray());

        assertThat(BcryptPasswords.requireHash(hash)).isEqualTo(hash);
        assertThatThrownBy(() -> BcryptPasswords.requireHash("plaintext-password"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("QBWC_PASSWORD_HASH")
                .hasMessageContaining("hash-password");
        assertThatThrownBy(() -> BcryptPasswords.requireHash(hash.substring(0, 40)))
                .isInstanceOf(ConfigurationException.class);
    }
}
