package dev.qbrsync.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.qbrsync.core.company.PasswordHasher;
import dev.qbrsync.core.company.WebConnectorPassword;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Web Connector passwords as bcrypt hashes ($2a$, cost 12); a hash that does not parse matches no password. */
public final class BcryptPasswords implements PasswordHasher {
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[abxy]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}$");
    private static final int DEFAULT_COST = 12;
    private static final char[] TOO_LONG_STAND_IN = "longer than bcrypt reads".toCharArray();
    /** One per cost and JVM: each costs a full bcrypt round, and any hash of the right cost serves. */
    private static final Map<Integer, String> STAND_IN_HASHES = new ConcurrentHashMap<>();

    private final int cost;

    public BcryptPasswords() {
        this(DEFAULT_COST);
    }

    /** With a lower cost, for tests and load drivers that make many hashes. */
    public BcryptPasswords(int cost) {
        this.cost = cost;
    }

    /** QBWC_PASSWORD_HASH, checked at startup so a pasted password or a cut-off hash stops the server with a reason. */
    public static String requireHash(String passwordHash) {
        if (passwordHash == null || !BCRYPT.matcher(passwordHash).matches()) {
            throw new ConfigurationException("QBWC_PASSWORD_HASH is not a bcrypt hash ($2a$/$2b$/$2y$, cost, 53 "
                    + "characters); create one with: java -jar app/target/qbr-sync.jar hash-password");
        }
        return passwordHash;
    }

    @Override
    public String hash(char[] password) {
        return BCrypt.withDefaults().hashToString(cost, password);
    }

    @Override
    public String standInHash() {
        return STAND_IN_HASHES.computeIfAbsent(cost, ignored -> PasswordHasher.super.standInHash());
    }

    /**
     * A password longer than bcrypt reads can never have been set, so it is simply wrong; the hash is still checked
     * (against a short stand-in) so that the answer takes as long as for any other wrong password.
     */
    @Override
    public boolean matches(char[] password, String hash) {
        if (hash == null || !BCRYPT.matcher(hash).matches()) {
            return false;
        }
        boolean tooLong = WebConnectorPassword.tooLong(password);
        boolean verified = BCrypt.verifyer().verify(tooLong ? TOO_LONG_STAND_IN : password,
                hash.getBytes(StandardCharsets.UTF_8)).verified;
        return verified && !tooLong;
    }
}
