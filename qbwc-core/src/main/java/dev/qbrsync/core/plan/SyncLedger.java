package dev.qbrsync.core.plan;

import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;

/** When each month and the employee list were last stored per company, and which months users asked to fetch again. */
public interface SyncLedger {

    CompanySyncState load(CompanyId companyId);

    /** Records that these months were stored at {@code at}; clears any resync request for them. */
    void markMonthsSynced(CompanyId companyId, Collection<YearMonth> months, Instant at);

    void markEmployeesSynced(CompanyId companyId, Instant at);

    void requestResync(CompanyId companyId, Collection<YearMonth> months);

    /** Companies the ledger knows, for status pages. */
    java.util.List<CompanyId> companies();
}
