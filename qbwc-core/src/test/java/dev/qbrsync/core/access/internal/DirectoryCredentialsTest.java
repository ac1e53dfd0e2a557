package dev.qbrsync.core.access.internal;

import dev.qbrsync.core.company.PasswordHasher;
import dev.qbrsync.core.memory.InMemoryCompanyDirectory;
import dev.qbrsync.core.testing.TestPasswords;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryCredentialsTest {
    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger checks = new AtomicInteger();
    private final InMemoryCompanyDirectory directory = new InMemoryCompanyDirectory();
    private final PasswordHasher counted = new PasswordHasher() {
        private final TestPasswords passwords = new TestPasswords();

        @Override
        public String hash(char[] password) {
            hashes.incrementAndGet();
            return passwords.hash(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            checks.incrementAndGet();
            return passwords.matches(password, hash);
        }
    };

    @Test
    void wiringHashesNothingAndTheFirstAttemptMakesTheStandInOnce() {
        directory.create("Acme", "acme", new TestPasswords().hash("secret".toCharArray()), "{file}");
        DirectoryCredentials credentials = new DirectoryCredentials(directory, counted);
        assertThat(hashes).as("hashed while wiring").hasValue(0);

        assertThat(credentials.verify("acme", "secret".toCharArray()))
                .isInstanceOf(CredentialVerifier.Verdict.Accepted.class);
        assertThat(credentials.verify("nobody", "secret".toCharArray()))
                .isInstanceOf(CredentialVerifier.Verdict.Rejected.class);
        assertThat(credentials.verify("acme", "wrong".toCharArray()))
                .isInstanceOf(CredentialVerifier.Verdict.Rejected.class);

        assertThat(hashes).as("the stand-in, made by the first attempt").hasValue(1);
        assertThat(checks).as("a hash checked on every attempt, known user or not").hasValue(3);
    }
}
