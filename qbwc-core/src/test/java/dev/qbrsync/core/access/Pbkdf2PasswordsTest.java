package dev.qbrsync.core.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Pbkdf2PasswordsTest {
    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords();

    @Test
    void aHashMatchesItsPasswordOnlyAndIsSaltedAndNeverThePassword() {
        String hash = passwords.hash("correct horse".toCharArray());

        assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("correct horse");
        assertThat(passwords.hash("correct horse".toCharArray())).isNotEqualTo(hash);
        assertThat(passwords.matches("correct horse".toCharArray(), hash)).isTrue();
        assertThat(passwords.matches("correct horsE".toCharArray(), hash)).isFalse();
    }

    @Test
    void theStandInHashIsMadeOncePerJvmAndMatchesNoPasswordAUserWouldSet() {
        String standIn = passwords.standInHash();

        assertThat(standIn).startsWith("pbkdf2-sha256$600000$");
        assertThat(new Pbkdf2Passwords().standInHash()).as("another hasher").isSameAs(standIn);
        assertThat(passwords.matches("correct horse".toCharArray(), standIn)).isFalse();
    }

    @Test
    void aHashThatDoesNotParseOrAsksForUnboundedWorkMatchesNothing() {
        String hash = passwords.hash("correct horse".toCharArray());
        String[] parts = hash.split("\\$");

        assertThat(passwords.matches("x".toCharArray(), "$2a$10$abc")).isFalse();
        assertThat(passwords.matches("x".toCharArray(), null)).isFalse();
        assertThat(passwords.matches("correct horse".toCharArray(),
                parts[0] + "$2147483647$" + parts[2] + "$" + parts[3])).isFalse();
        assertThat(passwords.matches("correct horse".toCharArray(), parts[0] + "$600000$%%%$" + parts[3])).isFalse();
    }
}
