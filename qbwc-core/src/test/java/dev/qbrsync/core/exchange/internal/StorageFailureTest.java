package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.plan.SyncTask;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class StorageFailureTest {

    @Test
    void aReportThatCouldNotBeStoredIsNamedWithItsMonthsWhichStayDue() {
        assertThat(StorageFailure.describe(new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 3))))
                .isEqualTo("QBR Sync could not store QuickBooks' Profit & Loss for 2026-01 to 2026-03, so those "
                        + "months stay due for the next run; the server log has the detail");
        assertThat(StorageFailure.describe(new SyncTask.ProfitAndLoss(YearMonth.of(2026, 3), YearMonth.of(2026, 3))))
                .isEqualTo("QBR Sync could not store QuickBooks' Profit & Loss for 2026-03, so that month stays "
                        + "due for the next run; the server log has the detail");
    }

    @Test
    void anEmployeeListThatCouldNotBeStoredLeavesTheEmployeeCountDue() {
        assertThat(StorageFailure.describe(new SyncTask.EmployeeList())).isEqualTo("QBR Sync could not store "
                + "QuickBooks' employee list, so the employee count stays due for the next run; the server log has "
                + "the detail");
    }
}
