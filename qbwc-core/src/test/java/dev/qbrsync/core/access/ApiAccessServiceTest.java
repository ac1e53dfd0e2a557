package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiAccessServiceTest {
    private final InMemoryCore core = new InMemoryCore(MutableClock.utc("2026-02-10T12:00:00Z"));
    private final Caller caller = new Caller("198.51.100.4");

    @Test
    void anIssuedTokenAuthorizesUntilRevokedAndOnlyItsHashIsStored() {
        ApiAccess.IssuedToken issued = core.apiAccess.create("dashboard");

        assertThat(issued.secret()).startsWith("qbr_").hasSizeGreaterThan(40);
        assertThat(core.apiTokens.findAll()).singleElement()
                .satisfies(token -> assertThat(token.secretHash()).doesNotContain(issued.secret()));
        assertThat(core.apiAccess.authorize(caller, issued.secret(), "api.status"))
                .contains(new ApiAccess.Authorized("dashboard", CompanyScope.every()));

        assertThat(core.apiAccess.revoke(issued.token().id())).isTrue();
        assertThat(core.apiAccess.authorize(caller, issued.secret(), "api.status")).isEmpty();
    }

    @Test
    void refusalsAreAuditedAtOnceAndAcceptedCallsWithTheirOutcomeWithoutTheSecret() {
        ApiAccess.IssuedToken issued = core.apiAccess.create("ops");

        core.apiAccess.authorize(caller, "qbr_not-a-token", "api.mappings.list");
        core.apiAccess.authorize(caller, null, "api.history");
        String actor = core.apiAccess.authorize(caller, issued.secret(), "api.metrics").orElseThrow().actor();
        core.apiAccess.recordOutcome(caller, actor, "api.metrics", AuditOutcome.FAILURE, "404 not found");

        assertThat(core.audit.recent(3)).extracting(event -> event.outcome())
                .containsExactly(AuditOutcome.FAILURE, AuditOutcome.DENIED, AuditOutcome.DENIED);
        assertThat(core.audit.recent(1).get(0).actor()).isEqualTo("ops");
        assertThat(core.audit.recent(10)).allSatisfy(event -> {
            assertThat(event.detail()).doesNotContain(issued.secret());
            assertThat(event.detail()).doesNotContain("qbr_not-a-token");
        });
    }

    @Test
    void twoTokensNeverShareASecret() {
        assertThat(core.apiAccess.create("a").secret()).isNotEqualTo(core.apiAccess.create("b").secret());
    }

    @Test
    void aTokenLimitedToCompaniesAuthorizesOnlyThem() {
        ApiAccess.IssuedToken issued = core.apiAccess.create("finance of one", java.util.Set.of(InMemoryCore.COMPANY));

        CompanyScope scope = core.apiAccess.authorize(new Caller("192.0.2.9"), issued.secret(), "api.metrics")
                .orElseThrow().scope();

        assertThat(scope.permits(InMemoryCore.COMPANY)).isTrue();
        assertThat(scope.permits("another")).isFalse();
        assertThat(scope.everyCompany()).isFalse();
        assertThat(core.audit.recent(1).get(0).detail()).contains("companies " + InMemoryCore.COMPANY);
    }
}
