package dev.qbrsync.core.access;

import dev.qbrsync.core.company.PasswordHasher;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Salted PBKDF2-HMAC-SHA256 from the JDK alone, written {@code pbkdf2-sha256$iterations$salt$hash}: the core's default
 * when an embedder brings no hasher of its own (the application uses bcrypt). 600,000 iterations, as OWASP advises.
 */
public final class Pbkdf2Passwords implements PasswordHasher {
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** Bounds the work a stored hash can ask for, so a tampered row cannot stall a login. */
    private static final int MAX_ITERATIONS = 10_000_000;
    /** Made once per JVM: each costs the full iterations, and any hash serves (see {@link #standInHash()}). */
    private static volatile String madeStandIn;
    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    @Override
    public String standInHash() {
        String made = madeStandIn;
        if (made == null) {
            made = PasswordHasher.super.standInHash(); // two threads may both make one: either serves
            madeStandIn = made;
        }
        return made;
    }

    @Override
    public boolean matches(char[] password, String hash) {
        String[] parts = hash == null ? new String[0] : hash.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
