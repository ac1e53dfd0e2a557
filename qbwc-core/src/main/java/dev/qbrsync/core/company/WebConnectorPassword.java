package dev.qbrsync.core.company;

import java.util.Optional;

/**
 * What a Web Connector password must be: at least {@value #MINIMUM_LENGTH} characters, and at most
 * {@value #MAXIMUM_UTF8_BYTES} bytes in UTF-8, the most bcrypt reads (it would silently ignore the rest, or refuse).
 */
public final class WebConnectorPassword {
    public static final int MINIMUM_LENGTH = 8;
    public static final int MAXIMUM_UTF8_BYTES = 72;

    private WebConnectorPassword() {
    }

    /** Why this password cannot be set; empty when it can. */
    public static Optional<String> problem(char[] password) {
        if (password == null || password.length < MINIMUM_LENGTH) {
            return Optional.of("must have at least " + MINIMUM_LENGTH + " characters");
        }
        if (tooLong(password)) {
            return Optional.of("must be at most " + MAXIMUM_UTF8_BYTES + " bytes in UTF-8 (bcrypt's limit)");
        }
        return Optional.empty();
    }

    /** Longer than bcrypt can check; counted without copying the password into a String. */
    public static boolean tooLong(char[] password) {
        long bytes = 0;
        for (int i = 0; i < password.length; i++) {
            char c = password[i];
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < password.length
                    && Character.isLowSurrogate(password[i + 1])) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes > MAXIMUM_UTF8_BYTES;
    }
}
