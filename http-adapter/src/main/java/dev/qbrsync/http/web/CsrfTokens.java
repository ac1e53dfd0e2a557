package dev.qbrsync.http.web;

import dev.qbrsync.core.session.Ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The page's CSRF token, derived from its session id (a SHA-256 under its own prefix): it needs no storage, differs
 * from the session's stored hash, and cannot be worked out by anyone who does not hold the id.
 */
final class CsrfTokens {
    private static final String PREFIX = "qbr-csrf:";

    private CsrfTokens() {
    }

    /** The token the page must send with every change it makes in this session. */
    static String forSession(String sessionId) {
        return Ticket.sha256Hex(PREFIX + sessionId);
    }

    /** Whether {@code csrfToken} is this session's, compared in constant time. */
    static boolean accepts(String sessionId, String csrfToken) {
        return sessionId != null && csrfToken != null && MessageDigest.isEqual(
                forSession(sessionId).getBytes(StandardCharsets.UTF_8), csrfToken.getBytes(StandardCharsets.UTF_8));
    }
}
