package dev.qbrsync.persistence;

import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.StoredReports;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.persistence.generated.tables.records.QbwcSyncHistoryRecord;
import dev.qbrsync.persistence.json.ParsedData;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.qbrsync.persistence.generated.Tables.QBWC_REPORT_MONTHS;
import static dev.qbrsync.persistence.generated.Tables.QBWC_SYNC_HISTORY;
import static dev.qbrsync.persistence.generated.Tables.QBWC_SYNC_SESSIONS;

/**
 * {@code qbwc_sync_history}: every response with its raw payload, parsed data (jsonb), the metrics it updated, its
 * reconciliation and outcome. {@code sync_type} is {@code profit_loss} or {@code employees} (or {@code job} for a
 * registered job's answer, named in its message) and {@code period_start}
 * and {@code period_end} the first and last day of the months asked for, as the replaced service wrote them (the
 * employee list: the month it was read in). Also answers which stored report is newest for each month, from an index
 * kept up as reports are stored ({@code qbwc_report_months}).
 */
public final class JooqSyncHistory implements SyncHistory, StoredReports {
    static final String PROFIT_LOSS = "profit_loss";
    static final String EMPLOYEES = "employees";
    static final String JOB = "job";

    private final DSLContext dsl;

    public JooqSyncHistory(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public SyncHistoryEntry record(SyncHistoryEntry entry) {
        YearMonth first = entry.periodFirst() != null ? entry.periodFirst() : monthOf(entry.createdAt());
        YearMonth last = entry.periodLast() != null ? entry.periodLast() : monthOf(entry.createdAt());
        Integer id = dsl.insertInto(QBWC_SYNC_HISTORY)
                .set(QBWC_SYNC_HISTORY.ORGANIZATION_ID, CompanyKeys.organizationId(entry.companyId()))
                .set(QBWC_SYNC_HISTORY.SESSION_UUID, entry.sessionId())
                .set(QBWC_SYNC_HISTORY.SESSION_ID, DSL.select(QBWC_SYNC_SESSIONS.ID).from(QBWC_SYNC_SESSIONS)
                        .where(QBWC_SYNC_SESSIONS.SESSION_UUID.eq(entry.sessionId())).asField())
                .set(QBWC_SYNC_HISTORY.SYNC_TYPE, syncType(entry.type()))
                .set(QBWC_SYNC_HISTORY.PERIOD_START, first.atDay(1))
                .set(QBWC_SYNC_HISTORY.PERIOD_END, last.atEndOfMonth())
                .set(QBWC_SYNC_HISTORY.RAW_RESPONSE, entry.rawResponse())
                .set(QBWC_SYNC_HISTORY.PARSED_DATA, new ParsedData(entry.report(), entry.roster()))
                .set(QBWC_SYNC_HISTORY.METRICS_UPDATED, entry.metricsUpdated())
                .set(QBWC_SYNC_HISTORY.RECONCILIATION, entry.reconciliations())
                .set(QBWC_SYNC_HISTORY.KEPT_VALUES, entry.keptValues())
                .set(QBWC_SYNC_HISTORY.OUTCOME, entry.outcome().name())
                .set(QBWC_SYNC_HISTORY.MESSAGE, entry.message())
                .set(QBWC_SYNC_HISTORY.CREATED_AT, entry.createdAt())
                .returning(QBWC_SYNC_HISTORY.ID)
                .fetchOne(QBWC_SYNC_HISTORY.ID);
        if (entry.outcome() != SyncOutcome.FAILED && entry.report() != null) {
            markNewest(entry, id);
        }
        return entry.withId(id);
    }

    /** Makes the entry the newest report of each month it covers, unless a newer one already is. */
    private void markNewest(SyncHistoryEntry entry, int id) {
        int organization = CompanyKeys.organizationId(entry.companyId());
        for (YearMonth month : entry.report().months()) {
            dsl.insertInto(QBWC_REPORT_MONTHS)
                    .set(QBWC_REPORT_MONTHS.ORGANIZATION_ID, organization)
                    .set(QBWC_REPORT_MONTHS.PERIOD, month.toString())
                    .set(QBWC_REPORT_MONTHS.HISTORY_ID, id)
                    .set(QBWC_REPORT_MONTHS.CREATED_AT, entry.createdAt())
                    .onConflict(QBWC_REPORT_MONTHS.ORGANIZATION_ID, QBWC_REPORT_MONTHS.PERIOD)
                    .doUpdate()
                    .set(QBWC_REPORT_MONTHS.HISTORY_ID, id)
                    .set(QBWC_REPORT_MONTHS.CREATED_AT, entry.createdAt())
                    .where(QBWC_REPORT_MONTHS.CREATED_AT.lt(entry.createdAt())
                            .or(QBWC_REPORT_MONTHS.CREATED_AT.eq(entry.createdAt())
                                    .and(QBWC_REPORT_MONTHS.HISTORY_ID.lt(id))))
                    .execute();
        }
    }

    /** Never reads a raw payload or parsed report: a listing's cost does not depend on how big they are. */
    @Override
    public Page<HistorySummary> find(HistoryQuery query) {
        Condition filter = filter(query);
        long total = dsl.fetchCount(QBWC_SYNC_HISTORY, filter);
        List<HistorySummary> items = selectSummaries()
                .where(filter)
                .orderBy(QBWC_SYNC_HISTORY.CREATED_AT.desc(), QBWC_SYNC_HISTORY.ID.desc())
                .limit(query.pageSize())
                .offset((long) query.page() * query.pageSize())
                .fetch(JooqSyncHistory::toSummary);
        return new Page<>(items, query.page(), query.pageSize(), total);
    }

    @Override
    public Optional<HistorySummary> latestStored(CompanyId companyId, SyncType type) {
        return selectSummaries()
                .where(QBWC_SYNC_HISTORY.ORGANIZATION_ID.eq(CompanyKeys.organizationId(companyId)))
                .and(QBWC_SYNC_HISTORY.SYNC_TYPE.eq(syncType(type)))
                .and(QBWC_SYNC_HISTORY.OUTCOME.ne(SyncOutcome.FAILED.name()))
                .orderBy(QBWC_SYNC_HISTORY.CREATED_AT.desc(), QBWC_SYNC_HISTORY.ID.desc())
                .limit(1)
                .fetchOptional(JooqSyncHistory::toSummary);
    }

    private static final Field<Boolean> RAW_KEPT = DSL.field(QBWC_SYNC_HISTORY.RAW_RESPONSE.isNotNull()).as("raw_kept");

    private SelectJoinStep<Record> selectSummaries() {
        return dsl.select(List.<SelectFieldOrAsterisk>of(QBWC_SYNC_HISTORY.ID, QBWC_SYNC_HISTORY.ORGANIZATION_ID, QBWC_SYNC_HISTORY.SESSION_UUID,
                        QBWC_SYNC_HISTORY.SYNC_TYPE, QBWC_SYNC_HISTORY.PERIOD_START, QBWC_SYNC_HISTORY.PERIOD_END,
                        QBWC_SYNC_HISTORY.OUTCOME, QBWC_SYNC_HISTORY.MESSAGE, QBWC_SYNC_HISTORY.CREATED_AT, RAW_KEPT,
                        QBWC_SYNC_HISTORY.METRICS_UPDATED, QBWC_SYNC_HISTORY.RECONCILIATION,
                        QBWC_SYNC_HISTORY.KEPT_VALUES))
                .from(QBWC_SYNC_HISTORY);
    }

    private static HistorySummary toSummary(Record row) {
        SyncType type = type(row.get(QBWC_SYNC_HISTORY.SYNC_TYPE));
        boolean report = type == SyncType.PROFIT_AND_LOSS;
        return new HistorySummary(row.get(QBWC_SYNC_HISTORY.ID), CompanyKeys.companyId(
                row.get(QBWC_SYNC_HISTORY.ORGANIZATION_ID)), row.get(QBWC_SYNC_HISTORY.SESSION_UUID), type,
                report ? YearMonth.from(row.get(QBWC_SYNC_HISTORY.PERIOD_START)) : null,
                report ? YearMonth.from(row.get(QBWC_SYNC_HISTORY.PERIOD_END)) : null,
                outcome(row.get(QBWC_SYNC_HISTORY.OUTCOME)), row.get(QBWC_SYNC_HISTORY.MESSAGE),
                row.get(QBWC_SYNC_HISTORY.CREATED_AT), row.get(RAW_KEPT),
                orZero(row.get(QBWC_SYNC_HISTORY.METRICS_UPDATED)),
                row.get(QBWC_SYNC_HISTORY.RECONCILIATION), row.get(QBWC_SYNC_HISTORY.KEPT_VALUES));
    }

    @Override
    public Optional<SyncHistoryEntry> entry(CompanyId companyId, long id) {
        Optional<Integer> organization = CompanyKeys.parse(companyId);
        if (id < 1 || id > Integer.MAX_VALUE || organization.isEmpty()) {
            return Optional.empty();
        }
        return dsl.selectFrom(QBWC_SYNC_HISTORY).where(QBWC_SYNC_HISTORY.ID.eq((int) id))
                .and(QBWC_SYNC_HISTORY.ORGANIZATION_ID.eq(organization.get()))
                .fetchOptional(JooqSyncHistory::toEntry);
    }

    @Override
    public Optional<SyncHistoryEntry> latestRoster(CompanyId companyId) {
        return dsl.selectFrom(QBWC_SYNC_HISTORY)
                .where(QBWC_SYNC_HISTORY.ORGANIZATION_ID.eq(CompanyKeys.organizationId(companyId)))
                .and(QBWC_SYNC_HISTORY.SYNC_TYPE.eq(EMPLOYEES))
                .and(stored("roster"))
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

    @Override
    public Map<YearMonth, Long> newestIdPerMonth(CompanyId companyId) {
        Map<YearMonth, Long> newest = new HashMap<>();
        dsl.selectFrom(QBWC_REPORT_MONTHS)
                .where(QBWC_REPORT_MONTHS.ORGANIZATION_ID.eq(CompanyKeys.organizationId(companyId)))
                .forEach(row -> newest.put(YearMonth.parse(row.getPeriod()), row.getHistoryId().longValue()));
        return newest;
    }

    @Override
    public List<NewestReport> newestPerMonth(CompanyId companyId) {
        Map<Long, Set<YearMonth>> monthsById = new HashMap<>();
        newestIdPerMonth(companyId).forEach((month, id) ->
                monthsById.computeIfAbsent(id, ignored -> new TreeSet<>()).add(month));
        if (monthsById.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(QBWC_SYNC_HISTORY)
                .where(QBWC_SYNC_HISTORY.ID.in(monthsById.keySet().stream().map(Long::intValue).toList()))
                .orderBy(QBWC_SYNC_HISTORY.CREATED_AT.desc(), QBWC_SYNC_HISTORY.ID.desc())
                .fetch(record -> new NewestReport(storedReport(record), monthsById.get(record.getId().longValue())));
    }

    @Override
    public Optional<StoredReport> latest(CompanyId companyId) {
        return dsl.selectFrom(QBWC_SYNC_HISTORY)
                .where(QBWC_SYNC_HISTORY.ORGANIZATION_ID.eq(CompanyKeys.organizationId(companyId)))
                .and(QBWC_SYNC_HISTORY.SYNC_TYPE.eq(PROFIT_LOSS))
                .and(stored("report"))
                .orderBy(QBWC_SYNC_HISTORY.CREATED_AT.desc(), QBWC_SYNC_HISTORY.ID.desc())
                .limit(1)
                .fetchOptional(JooqSyncHistory::storedReport);
    }

    /** Responses that were read and stored (not failed), with parsed data of this kind written by QBR Sync. */
    private static Condition stored(String kind) {
        return QBWC_SYNC_HISTORY.OUTCOME.ne(SyncOutcome.FAILED.name())
                .and(DSL.condition("jsonb_exists({0}, {1})", QBWC_SYNC_HISTORY.PARSED_DATA, DSL.inline(kind)));
    }

    private static StoredReport storedReport(QbwcSyncHistoryRecord record) {
        return new StoredReport(record.getId(), record.getParsedData().report(), record.getReconciliation(),
                record.getKeptValues());
    }

    private static Condition filter(HistoryQuery query) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(CompanyKeys.parse(query.companyId()).map(QBWC_SYNC_HISTORY.ORGANIZATION_ID::eq)
                .orElse(DSL.falseCondition()));
        if (query.type() != null) {
            conditions.add(QBWC_SYNC_HISTORY.SYNC_TYPE.eq(syncType(query.type())));
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

    private static SyncType type(String syncType) {
        if (JOB.equals(syncType)) {
            return SyncType.JOB;
        }
        return PROFIT_LOSS.equals(syncType) ? SyncType.PROFIT_AND_LOSS : SyncType.EMPLOYEES;
    }

    private static SyncOutcome outcome(String outcome) {
        return outcome == null ? SyncOutcome.SUCCESS : SyncOutcome.valueOf(outcome);
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    private static SyncHistoryEntry toEntry(QbwcSyncHistoryRecord record) {
        ParsedData parsed = record.getParsedData();
        SyncType type = type(record.getSyncType());
        boolean report = type == SyncType.PROFIT_AND_LOSS;
        return new SyncHistoryEntry(record.getId().longValue(), CompanyKeys.companyId(record.getOrganizationId()),
                record.getSessionUuid(), type, report ? YearMonth.from(record.getPeriodStart()) : null,
                report ? YearMonth.from(record.getPeriodEnd()) : null, record.getRawResponse(),
                parsed == null ? null : parsed.report(), parsed == null ? null : parsed.roster(),
                record.getReconciliation(),
                outcome(record.getOutcome()), record.getMessage(), record.getCreatedAt(),
                orZero(record.getMetricsUpdated()),
                record.getKeptValues());
    }

    private static String syncType(SyncType type) {
        return switch (type) {
            case PROFIT_AND_LOSS -> PROFIT_LOSS;
            case EMPLOYEES -> EMPLOYEES;
            case JOB -> JOB;
        };
    }

    private static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC));
    }
}
