package dev.qbrsync.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser, as stored: the SHA-256 of its session id, never the id. A session is opened either with an API
 * token, and then holds the SHA-256 of that token, so revoking the token ends the session too; or by a person the
 * organisation's identity provider vouched for, and then holds the role they were let in with.
 *
 * @param actor      who acts in the audit log: the API token's name, or the person's e-mail address
 * @param tokenHash  the SHA-256 of the API token it was opened with; null for a person's session
 * @param personRole the role a person was let in with; null for a token's session (the token's role counts)
 */
public record BrowserSession(String idHash, String actor, String tokenHash, Role personRole, Instant createdAt,
                             Instant expiresAt) {

    public BrowserSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if ((tokenHash == null) == (personRole == null)) {
            throw new IllegalArgumentException("A browser session is opened by an API token or by a person, not "
                    + (tokenHash == null ? "neither" : "both"));
        }
    }

    /** A session opened with an API token. */
    public BrowserSession(String idHash, String actor, String tokenHash, Instant createdAt, Instant expiresAt) {
        this(idHash, actor, tokenHash, null, createdAt, expiresAt);
    }

    /** A session of a person the identity provider vouched for. */
    public static BrowserSession ofPerson(String idHash, String email, Role role, Instant createdAt,
                                          Instant expiresAt) {
        return new BrowserSession(idHash, email, null, Objects.requireNonNull(role, "role"), createdAt, expiresAt);
    }

    public boolean isPersons() {
        return personRole != null;
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
