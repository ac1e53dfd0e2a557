package dev.qbrsync.core.access;

import dev.qbrsync.core.qbr.InvalidInputException;

import java.util.Locale;

/**
 * What a token (and a browser session opened with it) may do; each role may do everything the ones before it may.
 * {@link #VIEWER} reads; {@link #EDITOR} also changes mapping rules and asks for resyncs; {@link #ADMIN} also manages
 * companies, their Web Connector passwords and .qwc files, and tokens.
 */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    /** The role a new token gets when none is named: the least. */
    public static final Role DEFAULT = VIEWER;

    /** True when this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The name the API, the command line and the database use: lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code key} (viewer, editor or admin, any case); a refusal names {@code field}. */
    public static Role of(String key, String field) {
        for (Role role : values()) {
            if (role.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return role;
            }
        }
        throw new InvalidInputException(field, "must be viewer, editor or admin");
    }
}
