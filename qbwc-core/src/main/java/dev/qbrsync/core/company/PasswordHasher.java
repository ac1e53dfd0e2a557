package dev.qbrsync.core.company;

/** The slow, salted hash that is all we store of a Web Connector password. */
public interface PasswordHasher {

    /** The caller keeps ownership of {@code password} and wipes it. */
    String hash(char[] password);

    /** Whether the password is the one hashed; a hash that does not parse matches nothing. */
    boolean matches(char[] password, String hash);
}
