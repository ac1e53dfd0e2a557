package dev.qbrsync.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.qbrsync.core.access.CredentialVerifier;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Web Connector users {@code user-<company>} that each sync their own company {@code <company>}, all with one
 * bcrypt-hashed password, so every login pays one real bcrypt check.
 */
final class ManyCompanies implements CredentialVerifier {
    static final String PASSWORD = "load-test-password";
    private static final String PREFIX = "user-";
    private final byte[] hash;
    final int bcryptCost;

    ManyCompanies(int bcryptCost) {
        this.bcryptCost = bcryptCost;
        this.hash = BCrypt.withDefaults().hash(bcryptCost, PASSWORD.getBytes(StandardCharsets.UTF_8));
    }

    static String userFor(String company) {
        return PREFIX + company;
    }

    @Override
    public Optional<String> companyFor(String userName, char[] password) {
        boolean verified = BCrypt.verifyer().verify(password, hash).verified;
        return verified && userName.startsWith(PREFIX) ? Optional.of(userName.substring(PREFIX.length()))
                : Optional.empty();
    }
}
