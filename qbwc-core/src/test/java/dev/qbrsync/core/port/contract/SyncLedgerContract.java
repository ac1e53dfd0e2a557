package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.plan.CompanySyncState;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.qbr.CompanyId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SyncLedger} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class SyncLedgerContract {
    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    protected abstract SyncLedger ledger();

    /** A company the adapter has never seen; adapters that keep companies in a table create it. */
    protected CompanyId newCompany() {
        return CompanyId.of("company-" + UUID.randomUUID());
    }

    @Test
    void anUnknownCompanyWasNeverSynced() {
        CompanySyncState state = ledger().load(newCompany());

        assertThat(state.monthLastSynced()).isEmpty();
        assertThat(state.resyncRequested()).isEmpty();
        assertThat(state.employeesSyncedAt()).isEmpty();
    }

    @Test
    void remembersWhenEachMonthWasLastSynced() {
        CompanyId company = newCompany();
        ledger().markMonthsSynced(company, List.of(DEC, JAN), T0);
        ledger().markMonthsSynced(company, List.of(JAN), T0.plusSeconds(60));

        CompanySyncState state = ledger().load(company);

        assertThat(state.lastSynced(DEC)).contains(T0);
        assertThat(state.lastSynced(JAN)).contains(T0.plusSeconds(60));
    }

    @Test
    void aResyncRequestLastsUntilTheMonthIsSyncedAgain() {
        CompanyId company = newCompany();
        ledger().markMonthsSynced(company, List.of(DEC, JAN), T0);
        ledger().requestResync(company, List.of(DEC, JAN));

        assertThat(ledger().load(company).resyncRequested()).containsExactlyInAnyOrder(DEC, JAN);

        ledger().markMonthsSynced(company, List.of(DEC), T0.plusSeconds(60));

        assertThat(ledger().load(company).resyncRequested()).containsExactly(JAN);
    }

    @Test
    void remembersTheEmployeeListSync() {
        CompanyId company = newCompany();
        ledger().markEmployeesSynced(company, T0);
        ledger().markEmployeesSynced(company, T0.plusSeconds(5));

        assertThat(ledger().load(company).employeesSyncedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void listsTheCompaniesItKnows() {
        CompanyId synced = newCompany();
        CompanyId employeesOnly = newCompany();
        ledger().markMonthsSynced(synced, List.of(JAN), T0);
        ledger().markEmployeesSynced(employeesOnly, T0);

        assertThat(ledger().companies()).contains(synced, employeesOnly);
    }

    @Test
    void oneCompanysSyncsAndRequestsAreInvisibleThroughAnother() {
        CompanyId a = newCompany();
        CompanyId b = newCompany();
        ledger().markMonthsSynced(a, List.of(DEC, JAN), T0);
        ledger().requestResync(a, List.of(DEC));
        ledger().markEmployeesSynced(a, T0);

        CompanySyncState ofB = ledger().load(b);

        assertThat(ofB.monthLastSynced()).isEmpty();
        assertThat(ofB.resyncRequested()).isEmpty();
        assertThat(ofB.employeesSyncedAt()).isEmpty();
    }
}
