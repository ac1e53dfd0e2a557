package dev.qbrsync.http.api;

import dev.qbrsync.core.access.ApiAccess;
import dev.qbrsync.core.access.AccessKey;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.util.List;

/**
 * A token as the API shows it: never its secret or hash, except the secret of a token just made, once.
 *
 * @param companies the companies it is limited to; empty for every company
 */
record TokenJson(long id, String name, String role, List<String> companies, boolean everyCompany, Instant createdAt,
                 Instant revokedAt) {

    static TokenJson of(AccessKey token) {
        return new TokenJson(token.id(), token.name(), token.role().key(), token.companies().stream().sorted().map(CompanyId::value)
                .toList(),
                token.companies().isEmpty(), token.createdAt(), token.revokedAt());
    }

    /** A token just made: its secret is in this answer and nowhere else, ever. */
    record Issued(TokenJson token, String secret) {
        static Issued of(ApiAccess.IssuedKey issued) {
            return new Issued(TokenJson.of(issued.token()), issued.secret());
        }
    }

    /** What POST /api/qbwc/tokens accepts: a name, a role (viewer when left out) and companies (every one when none). */
    record Input(String name, String role, List<String> companies) {
    }
}
