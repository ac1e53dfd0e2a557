package dev.qbrsync.core.access;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.company.NotPermittedException;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiAccessServiceTest {
    private final InMemoryCore core = new InMemoryCore(MutableClock.utc("2026-02-10T12:00:00Z"));
    private final Caller caller = new Caller("198.51.100.4");

    @Test
    void anIssuedTokenAuthorizesUntilRevokedAndOnlyItsHashIsStored() {
        ApiAccess.IssuedKey issued = core.apiAccess.create("dashboard");

        assertThat(issued.secret()).startsWith("qbr_").hasSizeGreaterThan(40);
        assertThat(core.accessKeys.findAll()).singleElement()
                .satisfies(token -> assertThat(token.secretHash()).doesNotContain(issued.secret()));
        assertThat(core.apiAccess.authorize(caller, issued.secret(), "api.status"))
                .contains(new ApiAccess.Authorized("dashboard", CompanyScope.every(), Role.ADMIN));

        assertThat(core.apiAccess.revoke(issued.token().id())).isTrue();
        assertThat(core.apiAccess.authorize(caller, issued.secret(), "api.status")).isEmpty();
    }

    @Test
    void refusalsAreAuditedAtOnceAndAcceptedCallsWithTheirOutcomeWithoutTheSecret() {
        ApiAccess.IssuedKey issued = core.apiAccess.create("ops");

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
        ApiAccess.IssuedKey issued = core.apiAccess.create("finance of one", java.util.Set.of(InMemoryCore.COMPANY));

        CompanyScope scope = core.apiAccess.authorize(new Caller("192.0.2.9"), issued.secret(), "api.metrics")
                .orElseThrow().scope();

        assertThat(scope.permits(InMemoryCore.COMPANY)).isTrue();
        assertThat(scope.permits(CompanyId.of("another"))).isFalse();
        assertThat(scope.everyCompany()).isFalse();
        assertThat(core.audit.recent(1).get(0).detail()).contains("companies " + InMemoryCore.COMPANY);
    }

    @Test
    void aTokenCarriesTheRoleItWasIssuedWithAndTheAuditSaysWhoIssuedIt() {
        Requester admin = new Requester(caller, "first admin", CompanyScope.every());
        ApiAccess.IssuedKey viewer = core.apiAccess.create(admin, "reader", Role.VIEWER, Set.of());

        assertThat(core.apiAccess.authorize(caller, viewer.secret(), "api.status").orElseThrow().role())
                .isEqualTo(Role.VIEWER);
        assertThat(core.apiAccess.list()).singleElement().extracting(AccessKey::role).isEqualTo(Role.VIEWER);
        assertThat(core.audit.recent(1)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("api.token.create");
            assertThat(event.actor()).isEqualTo("first admin");
            assertThat(event.detail()).contains("viewer of every company");
        });
    }

    @Test
    void onlyARequesterOfEveryCompanyIssuesOrRevokesTokens() {
        Requester limited = new Requester(caller, "admin of one",
                CompanyScope.only(Set.of(InMemoryCore.COMPANY)));
        ApiAccess.IssuedKey issued = core.apiAccess.create("ops");

        assertThatThrownBy(() -> core.apiAccess.create(limited, "wider", Role.ADMIN, Set.of()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.apiAccess.revoke(limited, issued.token().id()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(core.apiAccess.list()).hasSize(1);
    }

    @Test
    void aTokenNeedsANameOfAtMostAHundredCharacters() {
        assertThatThrownBy(() -> core.apiAccess.create(" ")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> core.apiAccess.create("x".repeat(101))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rolesIncludeTheOnesBelowThemAndAreNamedInLowerCase() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.includes(Role.EDITOR)).isFalse();
        assertThat(Role.of("Editor", "role")).isEqualTo(Role.EDITOR);
        assertThat(Role.DEFAULT).isEqualTo(Role.VIEWER);
        assertThatThrownBy(() -> Role.of("owner", "role")).isInstanceOf(InvalidInputException.class)
                .hasMessage("role: must be viewer, editor or admin");
    }
}
