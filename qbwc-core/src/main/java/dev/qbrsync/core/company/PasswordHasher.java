package dev.qbrsync.core.company;

/** The slow, salted hash that is all we store of a Web Connector password. */
public interface PasswordHasher {

    /** The caller keeps ownership of {@code password} and wipes it. */
    String hash(char[] password);

    /** Whether the password is the one hashed; a hash that does not parse matches nothing. */
    boolean matches(char[] password, String hash);

    /**
     * A hash of the same cost as a stored one, checked for a user name no company has, so that the answer takes as long
     * as for a known one. No login is ever accepted by it, so a hasher may make it once and keep it.
     */
    default String standInHash() {
        return hash("no such user".toCharArray());
    }
}
