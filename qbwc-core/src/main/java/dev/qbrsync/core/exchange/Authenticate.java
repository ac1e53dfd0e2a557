package dev.qbrsync.core.exchange;

import java.util.Objects;

/**
 * What the Web Connector sends with authenticate: the login's user name and password. Its {@code toString} never shows
 * the password.
 */
public record Authenticate(String userName, char[] password) {

    public Authenticate {
        userName = Objects.requireNonNullElse(userName, "");
        password = Objects.requireNonNullElse(password, new char[0]);
    }

    /** {@code userName} signing in with {@code password}. */
    public static Authenticate as(String userName, char[] password) {
        return new Authenticate(userName, password);
    }

    @Override
    public String toString() {
        return "Authenticate[userName=" + userName + ", password=****]";
    }
}
