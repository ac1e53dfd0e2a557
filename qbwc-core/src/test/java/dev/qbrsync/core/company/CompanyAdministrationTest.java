package dev.qbrsync.core.company;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyAdministrationTest {
    private final InMemoryCore core = new InMemoryCore(MutableClock.utc("2026-02-10T12:00:00Z"));
    private final CompanyAdministration companies = core.companyAdministration;
    private final Requester admin = new Requester(new Caller("192.0.2.30"), "admin token", CompanyScope.every());

    @Test
    void aNewCompanyStoresOnlyAHashOfItsPasswordAndIsAuditedWithoutIt() {
        Company added = companies.add(admin, "  Northwind  ", "northwind", "a long password".toCharArray());

        assertThat(added.name()).isEqualTo("Northwind");
        assertThat(added.qwcFileId()).matches("\\{[0-9A-F-]{36}}");
        assertThat(core.companies.loginOf("northwind").orElseThrow().passwordHash())
                .isEqualTo(core.passwords.hash("a long password".toCharArray()));
        assertThat(core.audit.recent(1)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("company.add");
            assertThat(event.actor()).isEqualTo("admin token");
            assertThat(event.detail()).contains("Northwind", "northwind").doesNotContain("a long password");
        });
    }

    @Test
    void badNamesUsersAndPasswordsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> companies.add(admin, " ", "u1", "a long password".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> companies.add(admin, "x".repeat(101), "u1", "a long password".toCharArray()))
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> companies.add(admin, "A", "has space", "a long password".toCharArray()))
                .hasMessageStartingWith("qbwcUser:");
        assertThatThrownBy(() -> companies.add(admin, "A", "u1", "short".toCharArray()))
                .hasMessageStartingWith("password:");
        assertThatThrownBy(() -> companies.add(admin, "A", InMemoryCore.USER.toUpperCase(),
                "a long password".toCharArray()))
                .hasMessageContaining("already the Web Connector user of company " + InMemoryCore.COMPANY);
        assertThat(companies.list(CompanyScope.every())).hasSize(1);
    }

    @Test
    void aCompanyIsFoundByIdOrByAnUnambiguousName() {
        Company first = companies.add(admin, "Contoso", "contoso1", "a long password".toCharArray());

        assertThat(companies.resolve(first.id().value())).isEqualTo(first);
        assertThat(companies.resolve("CONTOSO")).isEqualTo(first);
        companies.add(admin, "contoso", "contoso2", "a long password".toCharArray());
        assertThatThrownBy(() -> companies.resolve("Contoso")).hasMessageContaining("more than one company");
        assertThatThrownBy(() -> companies.resolve("Nobody")).isInstanceOf(UnknownCompanyException.class);
    }

    @Test
    void aCallerLimitedToSomeCompaniesSeesOnlyThemAndChangesNone() {
        Company visible = companies.add(admin, "Visible", "visible", "a long password".toCharArray());
        companies.add(admin, "Hidden", "hidden", "a long password".toCharArray());
        Requester limited = new Requester(new Caller("192.0.2.31"), "limited", CompanyScope.only(Set.of(visible.id())));

        assertThat(companies.list(limited.scope())).containsExactly(visible);
        assertThat(companies.find(limited.scope(), InMemoryCore.COMPANY)).isEmpty();
        assertThatThrownBy(() -> companies.rename(limited, visible.id(), "Renamed"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> companies.add(limited, "New", "new-user", "a long password".toCharArray()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(core.companies.find(visible.id()).orElseThrow().name()).isEqualTo("Visible");
    }

    @Test
    void renamePasswordDisableAndRebindAreEachAudited() {
        Company company = companies.add(admin, "Fabrikam", "fabrikam", "a long password".toCharArray());

        companies.rename(admin, company.id(), "Fabrikam Ltd");
        companies.changePassword(admin, company.id(), "another password".toCharArray());
        companies.setDisabled(admin, company.id(), true);
        companies.rebind(admin, company.id());

        assertThat(core.audit.recent(4)).extracting(AuditEvent::action)
                .containsExactly("company.rebind", "company.disable", "company.password", "company.rename");
        assertThat(core.companies.find(company.id()).orElseThrow())
                .satisfies(changed -> assertThat(changed.name()).isEqualTo("Fabrikam Ltd"))
                .satisfies(changed -> assertThat(changed.disabled()).isTrue());
        assertThatThrownBy(() -> companies.rename(admin, CompanyId.of("404"), "x"))
                .isInstanceOf(UnknownCompanyException.class);
    }
}
