package dev.qbrsync.core.plan;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;

/** When each month and the employee list were last stored per company, and which months users asked to fetch again. */
public interface SyncLedger {

    CompanySyncState load(String companyId);

    /** Records that these months were stored at {@code at}; clears any resync request for them. */
    void markMonthsSynced(String companyId, Collection<YearMonth> months, Instant at);

    void markEmployeesSynced(String companyId, Instant at);

    void requestResync(String companyId, Collection<YearMonth> months);

    /** Companies the ledger knows, for status pages. */
    java.util.List<String> companies();
}
