package dev.qbrsync.persistence;

import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.StoredReports;
import dev.qbrsync.persistence.generated.tables.records.QbwcSyncHistoryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.qbrsync.persistence.generated.Tables.QBWC_SYNC_HISTORY;

/** {@code qbwc_sync_history}: every response with its raw payload, parsed data (jsonb), reconciliation and outcome. */
public final class JooqSyncHistory implements SyncHistory, StoredReports {
    private final DSLContext dsl;

    public JooqSyncHistory(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public SyncHistoryEntry record(SyncHistoryEntry entry) {
        Long id = dsl.insertInto(QBWC_SYNC_HISTORY)
                .set(QBWC_SYNC_HISTORY.COMPANY_ID, entry.companyId())
                .set(QBWC_SYNC_HISTORY.SESSION_ID, entry.sessionId())
                .set(QBWC_SYNC_HISTORY.SYNC_TYPE, entry.type().name())
                .set(QBWC_SYNC_HISTORY.PERIOD_FIRST, firstDay(entry.periodFirst()))
                .set(QBWC_SYNC_HISTORY.PERIOD_LAST, firstDay(entry.periodLast()))
                .set(QBWC_SYNC_HISTORY.RAW_RESPONSE, entry.rawResponse())
                .set(QBWC_SYNC_HISTORY.PARSED_DATA, ParsedDataJson.ofParsed(entry.report(), entry.roster()))
                .set(QBWC_SYNC_HISTORY.RECONCILIATION, ParsedDataJson.ofReconciliations(entry.reconciliations()))
                .set(QBWC_SYNC_HISTORY.OUTCOME, entry.outcome().name())
                .set(QBWC_SYNC_HISTORY.MESSAGE, entry.message())
                .set(QBWC_SYNC_HISTORY.CREATED_AT, entry.createdAt())
                .returning(QBWC_SYNC_HISTORY.ID)
                .fetchOne(QBWC_SYNC_HISTORY.ID);
        return entry.withId(id);
    }

    @Override
    public Page<SyncHistoryEntry> find(HistoryQuery query) {
        Condition filter = filter(query);
        long total = dsl.fetchCount(QBWC_SYNC_HISTORY, filter);
        List<SyncHistoryEntry> items = dsl.selectFrom(QBWC_SYNC_HISTORY)
                .where(filter)
                .orderBy(QBWC_SYNC_HISTORY.CREATED_AT.desc(), QBWC_SYNC_HISTORY.ID.desc())
                .limit(query.pageSize())
                .offset((long) query.page() * query.pageSize())
                .fetch(JooqSyncHistory::toEntry);
        return new Page<>(items, query.page(), query.pageSize(), total);
    }

    @Override
    public Map<YearMonth, Long> newestIdPerMonth(String companyId) {
        Map<YearMonth, Long> newest = new HashMap<>();
        dsl.fetch("""
                select distinct on (month) month, id from (
                    select h.id, h.created_at,
                           generate_series(h.period_first, h.period_last, interval '1 month')::date as month
                    from qbwc_sync_history h
                    where h.company_id = {0} and h.sync_type = {1} and h.outcome <> {2} and h.parsed_data is not null
                ) covered
                order by month, created_at desc, id desc""", companyId, SyncType.PROFIT_AND_LOSS.name(),
                        SyncOutcome.FAILED.name())
                .forEach(row -> newest.put(YearMonth.from(row.get(0, LocalDate.class)), row.get(1, Long.class)));
        return newest;
    }

    @Override
    public List<NewestReport> newestPerMonth(String companyId) {
        Map<Long, Set<YearMonth>> monthsById = new HashMap<>();
        newestIdPerMonth(companyId).forEach((month, id) ->
                monthsById.computeIfAbsent(id, ignored -> new TreeSet<>()).add(month));
        if (monthsById.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(QBWC_SYNC_HISTORY)
                .where(QBWC_SYNC_HISTORY.ID.in(monthsById.keySet()))
                .orderBy(QBWC_SYNC_HISTORY.CREATED_AT.desc(), QBWC_SYNC_HISTORY.ID.desc())
                .fetch(record -> new NewestReport(stored(record), monthsById.get(record.getId())));
    }

    @Override
    public Optional<StoredReport> latest(String companyId) {
        return dsl.selectFrom(QBWC_SYNC_HISTORY)
                .where(QBWC_SYNC_HISTORY.COMPANY_ID.eq(companyId))
                .and(QBWC_SYNC_HISTORY.SYNC_TYPE.eq(SyncType.PROFIT_AND_LOSS.name()))
                .and(QBWC_SYNC_HISTORY.OUTCOME.ne(SyncOutcome.FAILED.name()))
                .and(QBWC_SYNC_HISTORY.PARSED_DATA.isNotNull())
                .orderBy(QBWC_SYNC_HISTORY.CREATED_AT.desc(), QBWC_SYNC_HISTORY.ID.desc())
                .limit(1)
                .fetchOptional(JooqSyncHistory::stored);
    }

    private static StoredReport stored(QbwcSyncHistoryRecord record) {
        return new StoredReport(record.getId(), ParsedDataJson.report(record.getParsedData()),
                ParsedDataJson.reconciliations(record.getReconciliation()));
    }

    @Override
    public Optional<SyncHistoryEntry> latestRoster(String companyId) {
        return dsl.selectFrom(QBWC_SYNC_HISTORY)
                .where(QBWC_SYNC_HISTORY.COMPANY_ID.eq(companyId))
                .and(QBWC_SYNC_HISTORY.SYNC_TYPE.eq(SyncType.EMPLOYEES.name()))
                .and(QBWC_SYNC_HISTORY.OUTCOME.ne(SyncOutcome.FAILED.name()))
                .and(QBWC_SYNC_HISTORY.PARSED_DATA.isNotNull())
                .orderBy(QBWC_SYNC_HISTORY.CREATED_AT.desc(), QBWC_SYNC_HISTORY.ID.desc())
                .limit(1)
                .fetchOptional(JooqSyncHistory::toEntry);
    }

    @Override
    public int purgeRawPayloadsBefore(Instant cutoff) {
        return dsl.update(QBWC_SYNC_HISTORY)
                .setNull(QBWC_SYNC_HISTORY.RAW_RESPONSE)
                .where(QBWC_SYNC_HISTORY.CREATED_AT.lt(cutoff))
                .and(QBWC_SYNC_HISTORY.RAW_RESPONSE.isNotNull())
                .execute();
    }

    private static Condition filter(HistoryQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.companyId() != null) {
            conditions.add(QBWC_SYNC_HISTORY.COMPANY_ID.eq(query.companyId()));
        }
        if (query.type() != null) {
            conditions.add(QBWC_SYNC_HISTORY.SYNC_TYPE.eq(query.type().name()));
        }
        if (query.outcome() != null) {
            conditions.add(QBWC_SYNC_HISTORY.OUTCOME.eq(query.outcome().name()));
        }
        if (query.from() != null) {
            conditions.add(QBWC_SYNC_HISTORY.CREATED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(QBWC_SYNC_HISTORY.CREATED_AT.lt(query.to()));
        }
        return DSL.and(conditions);
    }

    private static SyncHistoryEntry toEntry(QbwcSyncHistoryRecord record) {
        return new SyncHistoryEntry(record.getId(), record.getCompanyId(), record.getSessionId(),
                SyncType.valueOf(record.getSyncType()), month(record.getPeriodFirst()), month(record.getPeriodLast()),
                record.getRawResponse(),
                record.getParsedData() == null ? null : ParsedDataJson.report(record.getParsedData()),
                record.getParsedData() == null ? null : ParsedDataJson.roster(record.getParsedData()),
                ParsedDataJson.reconciliations(record.getReconciliation()), SyncOutcome.valueOf(record.getOutcome()),
                record.getMessage(), record.getCreatedAt());
    }

    private static LocalDate firstDay(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static YearMonth month(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }
}
