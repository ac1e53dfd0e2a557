package dev.qbrsync.persistence;

import dev.qbrsync.core.plan.CompanySyncState;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.persistence.generated.tables.records.QbwcMonthSyncRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.qbrsync.persistence.generated.Tables.QBWC_EMPLOYEE_SYNC;
import static dev.qbrsync.persistence.generated.Tables.QBWC_MONTH_SYNC;

/** When each month and the employee list were last stored, and open resync requests, per organization. */
public final class JooqSyncLedger implements SyncLedger {
    private final DSLContext dsl;

    public JooqSyncLedger(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public CompanySyncState load(CompanyId companyId) {
        int organization = CompanyKeys.organizationId(companyId);
        Map<YearMonth, Instant> synced = new HashMap<>();
        Set<YearMonth> resync = new HashSet<>();
        for (QbwcMonthSyncRecord row : dsl.selectFrom(QBWC_MONTH_SYNC)
                .where(QBWC_MONTH_SYNC.ORGANIZATION_ID.eq(organization)).fetch()) {
            YearMonth month = YearMonth.parse(row.getPeriod());
            if (row.getLastSyncedAt() != null) {
                synced.put(month, row.getLastSyncedAt());
            }
            if (row.getResyncRequested()) {
                resync.add(month);
            }
        }
        Instant employees = dsl.select(QBWC_EMPLOYEE_SYNC.EMPLOYEES_SYNCED_AT).from(QBWC_EMPLOYEE_SYNC)
                .where(QBWC_EMPLOYEE_SYNC.ORGANIZATION_ID.eq(organization))
                .fetchOne(QBWC_EMPLOYEE_SYNC.EMPLOYEES_SYNCED_AT);
        return new CompanySyncState(synced, resync, employees);
    }

    @Override
    public void markMonthsSynced(CompanyId companyId, Collection<YearMonth> months, Instant at) {
        int organization = CompanyKeys.organizationId(companyId);
        for (YearMonth month : months) {
            dsl.insertInto(QBWC_MONTH_SYNC)
                    .set(QBWC_MONTH_SYNC.ORGANIZATION_ID, organization)
                    .set(QBWC_MONTH_SYNC.PERIOD, month.toString())
                    .set(QBWC_MONTH_SYNC.LAST_SYNCED_AT, at)
                    .set(QBWC_MONTH_SYNC.RESYNC_REQUESTED, false)
                    .onConflict(QBWC_MONTH_SYNC.ORGANIZATION_ID, QBWC_MONTH_SYNC.PERIOD)
                    .doUpdate()
                    .set(QBWC_MONTH_SYNC.LAST_SYNCED_AT, at)
                    .set(QBWC_MONTH_SYNC.RESYNC_REQUESTED, false)
                    .execute();
        }
    }

    @Override
    public void markEmployeesSynced(CompanyId companyId, Instant at) {
        dsl.insertInto(QBWC_EMPLOYEE_SYNC)
                .set(QBWC_EMPLOYEE_SYNC.ORGANIZATION_ID, CompanyKeys.organizationId(companyId))
                .set(QBWC_EMPLOYEE_SYNC.EMPLOYEES_SYNCED_AT, at)
                .onConflict(QBWC_EMPLOYEE_SYNC.ORGANIZATION_ID)
                .doUpdate()
                .set(QBWC_EMPLOYEE_SYNC.EMPLOYEES_SYNCED_AT, at)
                .execute();
    }

    @Override
    public void requestResync(CompanyId companyId, Collection<YearMonth> months) {
        int organization = CompanyKeys.organizationId(companyId);
        for (YearMonth month : new HashSet<>(months)) {
            dsl.insertInto(QBWC_MONTH_SYNC)
                    .set(QBWC_MONTH_SYNC.ORGANIZATION_ID, organization)
                    .set(QBWC_MONTH_SYNC.PERIOD, month.toString())
                    .set(QBWC_MONTH_SYNC.RESYNC_REQUESTED, true)
                    .onConflict(QBWC_MONTH_SYNC.ORGANIZATION_ID, QBWC_MONTH_SYNC.PERIOD)
                    .doUpdate()
                    .set(QBWC_MONTH_SYNC.RESYNC_REQUESTED, true)
                    .execute();
        }
    }

    @Override
    public List<CompanyId> companies() {
        return dsl.selectDistinct(QBWC_MONTH_SYNC.ORGANIZATION_ID).from(QBWC_MONTH_SYNC)
                .union(DSL.select(QBWC_EMPLOYEE_SYNC.ORGANIZATION_ID).from(QBWC_EMPLOYEE_SYNC))
                .orderBy(1)
                .fetch(0, Integer.class)
                .stream().map(CompanyKeys::companyId).toList();
    }
}
