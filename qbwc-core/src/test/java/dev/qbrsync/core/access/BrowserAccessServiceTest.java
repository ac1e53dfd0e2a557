package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserAccessServiceTest {
    private static final String PAGE = "web GET /api/qbwc/status";
    private final MutableClock clock = MutableClock.utc("2026-03-02T08:00:00Z");
    private final InMemoryCore core = new InMemoryCore(clock);
    private final Caller caller = new Caller("192.0.2.7");
    private final ApiAccess.IssuedToken token = core.apiAccess.create("finance");

    private AuditEvent lastAudit() {
        return core.audit.recent(1).get(0);
    }

    @Test
    void aValidTokenOpensASessionStoredOnlyAsAHash() {
        BrowserAccess.SignedIn signedIn = core.browserAccess.signIn(caller, token.secret()).orElseThrow();

        assertThat(signedIn.sessionId()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(signedIn.session().idHash()).isNotEqualTo(signedIn.sessionId()).hasSize(64);
        assertThat(signedIn.session().actor()).isEqualTo("finance");
        assertThat(signedIn.session().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(8)));
        assertThat(signedIn.toString()).doesNotContain(signedIn.sessionId());
        assertThat(core.browserAccess.authorize(caller, signedIn.sessionId(), PAGE)
                .map(BrowserAccess.Authorized::session)).contains(signedIn.session());
        assertThat(lastAudit().action()).isEqualTo("web.sign-in");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(lastAudit().detail()).doesNotContain(signedIn.sessionId()).doesNotContain(token.secret());
    }

    @Test
    void aBadTokenOpensNothingAndIsAudited() {
        assertThat(core.browserAccess.signIn(caller, "qbr_forged")).isEmpty();
        assertThat(core.browserAccess.signIn(caller, "")).isEmpty();

        assertThat(lastAudit().action()).isEqualTo("web.sign-in");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void aSessionEndsWhenItExpiresWhenItsTokenIsRevokedAndWhenItIsSignedOut() {
        String expiring = core.browserAccess.signIn(caller, token.secret()).orElseThrow().sessionId();
        clock.advance(Duration.ofHours(8));
        assertThat(core.browserAccess.authorize(caller, expiring, PAGE)).isEmpty();
        assertThat(lastAudit().detail()).isEqualTo("expired browser session");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);

        String signedOut = core.browserAccess.signIn(caller, token.secret()).orElseThrow().sessionId();
        assertThat(core.browserSessions.findByIdHash(Ticket.sha256Hex(expiring)))
                .as("expired sessions are cleared at the next sign-in").isEmpty();
        core.browserAccess.signOut(signedOut);
        assertThat(core.browserAccess.authorize(caller, signedOut, PAGE)).isEmpty();
        assertThat(lastAudit().detail()).isEqualTo("unknown or signed-out browser session");

        String revoked = core.browserAccess.signIn(caller, token.secret()).orElseThrow().sessionId();
        core.apiAccess.revoke(token.token().id());
        assertThat(core.browserAccess.authorize(caller, revoked, PAGE)).isEmpty();
        assertThat(lastAudit().detail()).isEqualTo("browser session of a revoked API token");
        assertThat(lastAudit().action()).isEqualTo(PAGE);
    }

    @Test
    void theCsrfTokenBelongsToItsSessionAlone() {
        String first = core.browserAccess.signIn(caller, token.secret()).orElseThrow().sessionId();
        String second = core.browserAccess.signIn(caller, token.secret()).orElseThrow().sessionId();
        String csrf = core.browserAccess.csrfToken(first);

        assertThat(core.browserAccess.acceptsCsrfToken(first, csrf)).isTrue();
        assertThat(core.browserAccess.acceptsCsrfToken(second, csrf)).isFalse();
        assertThat(core.browserAccess.acceptsCsrfToken(first, null)).isFalse();
        assertThat(core.browserAccess.acceptsCsrfToken(first, "")).isFalse();
        assertThat(csrf).isNotEqualTo(Ticket.sha256Hex(first));
    }
}
