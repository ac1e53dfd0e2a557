package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.company.QbwcGuid;
import dev.qbrsync.core.company.QuickBooksSeen;
import dev.qbrsync.core.qbr.CompanyId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CompanyDirectory} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class CompanyDirectoryContract {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    protected abstract CompanyDirectory directory();

    /** An organization of the dashboard that is not a company yet. */
    protected abstract CompanyId newOrganization(String name);

    private Company create(String name) {
        return directory().create(name, "user-" + UUID.randomUUID(), "hash-of-" + name, fileId());
    }

    private static String fileId() {
        return QbwcGuid.random();
    }

    @Test
    void aCreatedCompanyIsFoundByIdNameAndUserWithItsHash() {
        String name = "Northwind " + UUID.randomUUID();
        String user = "nw-" + UUID.randomUUID();
        String fileId = fileId();

        Company created = directory().create(name, user, "hash-nw", fileId);

        assertThat(created).isEqualTo(new Company(created.id(), name, user, false, fileId, null, null));
        assertThat(directory().find(created.id())).contains(created);
        assertThat(directory().findByName(name.toUpperCase())).containsExactly(created);
        assertThat(directory().loginOf(user.toUpperCase()))
                .contains(new CompanyDirectory.StoredLogin(created.id(), "hash-nw", false));
        assertThat(directory().list()).contains(created);
    }

    @Test
    void unknownIdsUsersAndNamesFindNothing() {
        assertThat(directory().find(CompanyId.of("999999999"))).isEmpty();
        assertThat(directory().find(CompanyId.of("not a company"))).isEmpty();
        assertThat(directory().loginOf("nobody-" + UUID.randomUUID())).isEmpty();
        assertThat(directory().findByName("Nobody " + UUID.randomUUID())).isEmpty();
        assertThat(directory().rename(CompanyId.of("999999999"), "x")).isFalse();
        assertThat(directory().setDisabled(CompanyId.of("999999999"), true)).isFalse();
    }

    @Test
    void anOrganizationIsAdoptedOnceAndKeepsItsFileIdWhenItsLoginChanges() {
        CompanyId organization = newOrganization("Contoso " + UUID.randomUUID());
        String firstFileId = fileId();

        Company adopted = directory().adopt(organization, "contoso-" + UUID.randomUUID(), "h1", firstFileId)
                .orElseThrow();
        Company again = directory().adopt(organization, "contoso2-" + UUID.randomUUID(), "h2", fileId()).orElseThrow();

        assertThat(adopted.id()).isEqualTo(organization);
        assertThat(again.qwcFileId()).isEqualTo(firstFileId);
        assertThat(directory().loginOf(again.qbwcUser()).orElseThrow().passwordHash()).isEqualTo("h2");
        assertThat(directory().loginOf(adopted.qbwcUser())).isEmpty();
        assertThat(directory().adopt(CompanyId.of("999999999"), "ghost-" + UUID.randomUUID(), "h", fileId())).isEmpty();
    }

    @Test
    void renamePasswordAndDisableChangeOnlyThatCompany() {
        Company changed = create("Before " + UUID.randomUUID());
        Company untouched = create("Other " + UUID.randomUUID());

        assertThat(directory().rename(changed.id(), "After")).isTrue();
        assertThat(directory().changePasswordHash(changed.id(), "new-hash")).isTrue();
        assertThat(directory().setDisabled(changed.id(), true)).isTrue();

        assertThat(directory().find(changed.id()).orElseThrow().name()).isEqualTo("After");
        assertThat(directory().loginOf(changed.qbwcUser()))
                .contains(new CompanyDirectory.StoredLogin(changed.id(), "new-hash", true));
        assertThat(directory().find(untouched.id())).contains(untouched);
    }

    @Test
    void aCompanyIsBoundOnceUntilUnbound() {
        Company company = create("Bound " + UUID.randomUUID());
        FileIdentity first = new FileIdentity("Bound Inc", company.qwcFileId(), "C:\\Bound.QBW");
        FileIdentity second = new FileIdentity("Other Inc", fileId(), "C:\\Other.QBW");

        assertThat(directory().bindIfUnbound(company.id(), first, NOW)).isTrue();
        assertThat(directory().bindIfUnbound(company.id(), second, NOW)).isFalse();
        assertThat(directory().find(company.id()).orElseThrow().boundFile()).contains(first);

        assertThat(directory().unbind(company.id())).isTrue();
        assertThat(directory().find(company.id()).orElseThrow().boundFile()).isEmpty();
        assertThat(directory().bindIfUnbound(company.id(), second, NOW)).isTrue();
        assertThat(directory().find(company.id()).orElseThrow().boundFile()).contains(second);
    }

    @Test
    void whatItsQuickBooksSaidIsRememberedForThatCompanyOnly() {
        Company company = create("Seen " + UUID.randomUUID());
        Company other = create("Unseen " + UUID.randomUUID());
        QuickBooksSeen seen = new QuickBooksSeen("QuickBooks Pro 2006", "US", "1.0, 1.1, 2.0, 2.1, 3.0, 4.0, 4.1, 5.0",
                "5.0", NOW);

        assertThat(directory().rememberQuickBooks(company.id(), seen)).isTrue();

        assertThat(directory().find(company.id()).orElseThrow().lastQuickBooks()).contains(seen);
        assertThat(directory().find(other.id()).orElseThrow().lastQuickBooks()).isEmpty();
        assertThat(directory().rememberQuickBooks(CompanyId.of("999999999"), seen)).isFalse();
    }

    @Test
    void theOwnerIdIsStoredOnceAndNeverReplaced() {
        String first = directory().ownerId("{11111111-2222-3333-4444-555555555555}");

        assertThat(directory().ownerId("{99999999-8888-7777-6666-555555555555}")).isEqualTo(first);
    }
}
