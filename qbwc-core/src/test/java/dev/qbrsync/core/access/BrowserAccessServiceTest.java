package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserAccessServiceTest {
    private static final String PAGE = "web GET /api/qbwc/status";
    private final MutableClock clock = MutableClock.utc("2026-03-02T08:00:00Z");
    private final InMemoryCore core = new InMemoryCore(clock);
    private final Caller caller = new Caller("192.0.2.7");
    private final ApiAccess.IssuedKey token = core.apiAccess.create("finance");

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
        assertThat(lastAudit().detail()).startsWith("expired browser session: ");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);

        String signedOut = core.browserAccess.signIn(caller, token.secret()).orElseThrow().sessionId();
        assertThat(core.browserSessions.findByIdHash(Ticket.sha256Hex(expiring)))
                .as("expired sessions are cleared at the next sign-in").isEmpty();
        core.browserAccess.signOut(signedOut);
        assertThat(core.browserAccess.authorize(caller, signedOut, PAGE)).isEmpty();
        assertThat(lastAudit().detail()).startsWith("unknown or signed-out browser session: ");

        String revoked = core.browserAccess.signIn(caller, token.secret()).orElseThrow().sessionId();
        core.apiAccess.revoke(token.token().id());
        assertThat(core.browserAccess.authorize(caller, revoked, PAGE)).isEmpty();
        assertThat(lastAudit().detail()).isEqualTo("browser session of a revoked API token: " + PAGE);
        assertThat(lastAudit().action()).isEqualTo(BrowserAccessService.REFUSED_BROWSER_CALL);
    }

    private BrowserAccessService withPeople(String allowList, boolean rolesFromClaims) {
        return new BrowserAccessService(core.apiAccess, core.accessKeys, core.browserSessions,
                new Auditor(core.audit, clock), clock, Duration.ofHours(8),
                AuthorizedPeople.parse(allowList, rolesFromClaims, "QBR_AUTHORIZED_USERS"));
    }

    @Test
    void aPersonOnTheListGetsASessionWithTheirRoleForEveryCompany() {
        BrowserAccessService access = withPeople("anna@example.com:editor", false);

        BrowserAccess.SignedIn signedIn = access.signInPerson(caller, "anna@example.com", Set.of())
                .orElseThrow();

        assertThat(signedIn.session().actor()).isEqualTo("anna@example.com");
        assertThat(signedIn.session().personRole()).isEqualTo(Role.EDITOR);
        assertThat(signedIn.session().tokenHash()).isNull();
        assertThat(signedIn.scope().everyCompany()).isTrue();
        assertThat(lastAudit().actor()).isEqualTo("anna@example.com");
        assertThat(lastAudit().detail()).startsWith("browser session as editor until");
        assertThat(access.authorize(caller, signedIn.sessionId(), PAGE)).isPresent();
    }

    @Test
    void aPersonNotOnTheListIsRefusedAndAuditedByName() {
        BrowserAccessService access = withPeople("anna@example.com", false);

        assertThat(access.signInPerson(caller, "mallory@example.com", Set.of("admin"))).isEmpty();

        assertThat(lastAudit().actor()).isEqualTo("mallory@example.com");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(lastAudit().detail()).isEqualTo("not among the people allowed to sign in");
        assertThat(core.browserAccess.signInPerson(caller, "anna@example.com", Set.of()))
                .as("without a list, nobody enters through the provider").isEmpty();
    }

    @Test
    void aPersonTakenOffTheListLosesTheirOpenSession() {
        String session = withPeople("anna@example.com", false)
                .signInPerson(caller, "anna@example.com", Set.of()).orElseThrow().sessionId();

        assertThat(withPeople("bob@example.com", false).authorize(caller, session, PAGE)).isEmpty();
        assertThat(lastAudit().detail()).startsWith("browser session of a person no longer allowed to sign in: ");
        assertThat(withPeople("bob@example.com", true).authorize(caller, session, PAGE))
                .as("a role granted by the provider's claims still holds").isPresent();
    }
}
