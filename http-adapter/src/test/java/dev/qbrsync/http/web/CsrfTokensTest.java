package dev.qbrsync.http.web;

import dev.qbrsync.core.session.Ticket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's CSRF token is derived by the adapter from the session id; the core knows nothing of it. */
class CsrfTokensTest {

    @Test
    void theCsrfTokenBelongsToItsSessionAlone() {
        String first = "session-one";
        String second = "session-two";
        String csrf = CsrfTokens.forSession(first);

        assertThat(CsrfTokens.accepts(first, csrf)).isTrue();
        assertThat(CsrfTokens.accepts(second, csrf)).isFalse();
        assertThat(CsrfTokens.accepts(first, null)).isFalse();
        assertThat(CsrfTokens.accepts(null, csrf)).isFalse();
        assertThat(CsrfTokens.accepts(first, "")).isFalse();
        assertThat(csrf).isNotEqualTo(Ticket.sha256Hex(first)).isEqualTo(CsrfTokens.forSession(first));
    }
}
