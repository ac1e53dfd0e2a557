package dev.qbrsync.core.access;

import java.util.Optional;

/** Checks a Web Connector user name and password. */
public interface CredentialVerifier {

    /**
     * The company the user syncs when the password is right, empty otherwise. Must take the same time whether or not
     * the user exists.
     */
    Optional<String> companyFor(String userName, char[] password);
}
