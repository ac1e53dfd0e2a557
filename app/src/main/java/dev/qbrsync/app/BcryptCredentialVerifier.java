package dev.qbrsync.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.qbrsync.core.access.CredentialVerifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Web Connector user from QBWC_USERNAME and QBWC_PASSWORD_HASH (bcrypt). bcrypt runs on every attempt, against a
 * stand-in hash for a wrong user name, so the answer takes as long whether or not the user exists.
 */
public final class BcryptCredentialVerifier implements CredentialVerifier {
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[abxy]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}$");
    private static final int DEFAULT_COST = 12;

    private final String userName;
    private final byte[] passwordHash;
    private final byte[] standInHash;
    private final String companyId;

    public BcryptCredentialVerifier(String userName, String passwordHash, String companyId) {
        if (passwordHash == null || !BCRYPT.matcher(passwordHash).matches()) {
            throw new ConfigurationException("QBWC_PASSWORD_HASH is not a bcrypt hash ($2a$/$2b$/$2y$, cost, 53 "
                    + "characters); create one with: java -jar app/target/qbr-sync.jar hash-password");
        }
        this.userName = userName;
        this.passwordHash = passwordHash.getBytes(StandardCharsets.UTF_8);
        int cost = Integer.parseInt(passwordHash.substring(4, 6));
        this.standInHash = BCrypt.withDefaults().hash(cost, "stand-in".getBytes(StandardCharsets.UTF_8));
        this.companyId = companyId;
    }

    /** A bcrypt hash of the password at the default cost, for hash-password. */
    public static String hash(char[] password) {
        return BCrypt.withDefaults().hashToString(DEFAULT_COST, password);
    }

    @Override
    public Optional<String> companyFor(String candidateUser, char[] password) {
        boolean userMatches = MessageDigest.isEqual(candidateUser.getBytes(StandardCharsets.UTF_8),
                userName.getBytes(StandardCharsets.UTF_8));
        byte[] hash = userMatches ? passwordHash : standInHash;
        boolean passwordMatches = BCrypt.verifyer().verify(password, hash).verified;
        return userMatches && passwordMatches ? Optional.of(companyId) : Optional.empty();
    }
}
