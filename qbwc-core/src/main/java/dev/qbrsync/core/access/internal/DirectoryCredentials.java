package dev.qbrsync.core.access.internal;

import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.company.PasswordHasher;

import java.util.Optional;

/**
 * Web Connector logins checked against the companies' stored password hashes. The hash is checked on every attempt,
 * against a stand-in for an unknown user, so the answer takes as long whether or not the user exists. The stand-in is
 * asked for by the first attempt, whoever makes it, not at wiring: making one costs a full password hash (a quarter
 * of a second of CPU at bcrypt's cost 12), which a start need not pay.
 */
public final class DirectoryCredentials implements CredentialVerifier {
    private final CompanyDirectory directory;
    private final PasswordHasher hasher;
    private volatile String standInHash;

    public DirectoryCredentials(CompanyDirectory directory, PasswordHasher hasher) {
        this.directory = directory;
        this.hasher = hasher;
    }

    @Override
    public Verdict verify(String userName, char[] password) {
        String standIn = standInHash();
        Optional<CompanyDirectory.StoredLogin> login = userName == null || userName.isBlank()
                ? Optional.empty() : directory.loginOf(userName.trim());
        boolean matches = hasher.matches(password, login.map(CompanyDirectory.StoredLogin::passwordHash)
                .filter(hash -> !hash.isEmpty()).orElse(standIn));
        if (login.isEmpty() || login.get().passwordHash().isEmpty() || !matches) {
            return new Verdict.Rejected();
        }
        return login.get().disabled() ? new Verdict.Disabled(login.get().companyId())
                : new Verdict.Accepted(login.get().companyId());
    }

    private String standInHash() {
        String hash = standInHash;
        if (hash == null) {
            synchronized (this) {
                if (standInHash == null) {
                    standInHash = hasher.standInHash();
                }
                hash = standInHash;
            }
        }
        return hash;
    }
}
