package dev.qbrsync.persistence;

import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.persistence.generated.tables.records.QbrMetricsMonthlyRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.qbrsync.persistence.generated.Tables.QBR_METRICS_MONTHLY;
import static dev.qbrsync.persistence.generated.Tables.VENDOR;

/**
 * {@code qbr_metrics_monthly} as the dashboard reads it: one row per period ({@code YYYY-MM}), organization, metric
 * name and vendor. The sync's rows carry the {@code QuickBooks} vendor and data source {@code quickbooks}, or
 * {@code calculated} for totals. A row a person entered ({@code manually_entered_by} set, or another data source) is
 * never overwritten or deleted: the sync leaves that metric alone and reports what it would have written.
 */
public final class JooqMetricsRepository implements MetricsRepository {
    static final String QUICKBOOKS_VENDOR = "QuickBooks";
    private static final List<String> SYNC_SOURCES = List.of(StoredMetric.QUICKBOOKS, StoredMetric.CALCULATED);

    private final DSLContext dsl;
    private final Clock clock;
    private final int quickBooksVendorId;

    public JooqMetricsRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
        this.quickBooksVendorId = dsl.select(VENDOR.ID).from(VENDOR).where(VENDOR.NAME.eq(QUICKBOOKS_VENDOR))
                .orderBy(VENDOR.ID).limit(1).fetchOptional(VENDOR.ID)
                .orElseThrow(() -> new IllegalStateException("The vendor table has no row named QuickBooks"));
    }

    @Override
    public List<KeptValue> storeQuickBooksFigures(CompanyId companyId, List<MonthlyMetrics> metrics) {
        int organization = CompanyKeys.organizationId(companyId);
        Map<String, QbrMetricsMonthlyRecord> entered = enteredByPeople(organization, metrics);
        Instant now = clock.instant();
        List<KeptValue> kept = new ArrayList<>();
        var rows = dsl.insertInto(QBR_METRICS_MONTHLY, QBR_METRICS_MONTHLY.PERIOD, QBR_METRICS_MONTHLY.ORGANIZATION_ID,
                QBR_METRICS_MONTHLY.VENDOR_ID, QBR_METRICS_MONTHLY.METRIC_NAME, QBR_METRICS_MONTHLY.METRIC_VALUE,
                QBR_METRICS_MONTHLY.DATA_SOURCE, QBR_METRICS_MONTHLY.COLLECTED_AT, QBR_METRICS_MONTHLY.CREATED_AT,
                QBR_METRICS_MONTHLY.UPDATED_AT);
        boolean any = false;
        for (MonthlyMetrics monthly : metrics) {
            for (Map.Entry<MetricKey, BigDecimal> value : monthly.values().entrySet()) {
                QbrMetricsMonthlyRecord theirs = entered.get(slot(monthly.month().toString(), value.getKey().code()));
                if (theirs != null) {
                    kept.add(new KeptValue(monthly.month(), value.getKey(), theirs.getMetricValue(), owner(theirs),
                            value.getValue()));
                    deleteOurs(organization, monthly.month(), value.getKey());
                } else {
                    rows = rows.values(monthly.month().toString(), organization, quickBooksVendorId,
                            value.getKey().code(), value.getValue(), StoredMetric.sourceOf(value.getKey()), now, now,
                            now);
                    any = true;
                }
            }
        }
        if (any) {
            // The predicate lets PostgreSQL use either form of the uniqueness the table may have: a plain unique
            // constraint on the four columns, or the replaced system's partial index for rows with a vendor.
            rows.onConflict(QBR_METRICS_MONTHLY.PERIOD, QBR_METRICS_MONTHLY.METRIC_NAME,
                            QBR_METRICS_MONTHLY.ORGANIZATION_ID, QBR_METRICS_MONTHLY.VENDOR_ID)
                    .where(QBR_METRICS_MONTHLY.VENDOR_ID.isNotNull())
                    .doUpdate()
                    .set(QBR_METRICS_MONTHLY.METRIC_VALUE, DSL.excluded(QBR_METRICS_MONTHLY.METRIC_VALUE))
                    .set(QBR_METRICS_MONTHLY.DATA_SOURCE, DSL.excluded(QBR_METRICS_MONTHLY.DATA_SOURCE))
                    .set(QBR_METRICS_MONTHLY.COLLECTED_AT, DSL.excluded(QBR_METRICS_MONTHLY.COLLECTED_AT))
                    .set(QBR_METRICS_MONTHLY.UPDATED_AT, DSL.excluded(QBR_METRICS_MONTHLY.UPDATED_AT))
                    .where(ownedBySync())
                    .execute();
        }
        return kept;
    }

    /** The rows people own among the periods and metrics about to be written, by period and metric name. */
    private Map<String, QbrMetricsMonthlyRecord> enteredByPeople(int organization, List<MonthlyMetrics> metrics) {
        List<String> periods = metrics.stream().map(monthly -> monthly.month().toString()).toList();
        Map<String, QbrMetricsMonthlyRecord> entered = new HashMap<>();
        if (periods.isEmpty()) {
            return entered;
        }
        dsl.selectFrom(QBR_METRICS_MONTHLY)
                .where(QBR_METRICS_MONTHLY.ORGANIZATION_ID.eq(organization))
                .and(QBR_METRICS_MONTHLY.PERIOD.in(periods))
                .and(ownedByPeople())
                .forEach(row -> entered.put(slot(row.getPeriod(), row.getMetricName()), row));
        return entered;
    }

    /** A person's value for the metric sits in another vendor's row: ours must not stand beside it. */
    private void deleteOurs(int organization, YearMonth month, MetricKey key) {
        dsl.deleteFrom(QBR_METRICS_MONTHLY)
                .where(QBR_METRICS_MONTHLY.ORGANIZATION_ID.eq(organization))
                .and(QBR_METRICS_MONTHLY.PERIOD.eq(month.toString()))
                .and(QBR_METRICS_MONTHLY.METRIC_NAME.eq(key.code()))
                .and(ownedBySync())
                .execute();
    }

    @Override
    public void removeQuickBooksFigures(CompanyId companyId, MetricKey key, Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return;
        }
        dsl.deleteFrom(QBR_METRICS_MONTHLY)
                .where(QBR_METRICS_MONTHLY.ORGANIZATION_ID.eq(CompanyKeys.organizationId(companyId)))
                .and(QBR_METRICS_MONTHLY.METRIC_NAME.eq(key.code()))
                .and(QBR_METRICS_MONTHLY.PERIOD.in(months.stream().map(YearMonth::toString).toList()))
                .and(ownedBySync())
                .execute();
    }

    @Override
    public void lockCompanyForWrite(CompanyId companyId) {
        dsl.fetch("select pg_advisory_xact_lock(hashtextextended({0}, 1))", "metrics:" + companyId);
    }

    @Override
    public List<StoredMetric> find(CompanyId companyId, YearMonth first, YearMonth last) {
        return dsl.selectFrom(QBR_METRICS_MONTHLY)
                .where(QBR_METRICS_MONTHLY.ORGANIZATION_ID.eq(CompanyKeys.organizationId(companyId)))
                .and(QBR_METRICS_MONTHLY.PERIOD.between(first.toString(), last.toString()))
                .orderBy(QBR_METRICS_MONTHLY.PERIOD, QBR_METRICS_MONTHLY.METRIC_NAME, QBR_METRICS_MONTHLY.ID)
                .fetch()
                .stream()
                .flatMap(row -> stored(companyId, row).stream())
                .toList();
    }

    /** A row as the core sees it; metrics the core does not know (the dashboard's own) are left out. */
    private static Optional<StoredMetric> stored(CompanyId companyId, QbrMetricsMonthlyRecord row) {
        return MetricKey.fromCode(row.getMetricName())
                .filter(key -> row.getMetricValue() != null)
                .map(key -> new StoredMetric(companyId, YearMonth.parse(row.getPeriod()), key, row.getMetricValue(),
                        row.getManuallyEnteredBy() != null ? "manual" : row.getDataSource(),
                        row.getUpdatedAt()));
    }

    private static String owner(QbrMetricsMonthlyRecord row) {
        return row.getManuallyEnteredBy() != null ? "entered by " + row.getManuallyEnteredBy()
                : "data source " + row.getDataSource();
    }

    private static Condition ownedByPeople() {
        return QBR_METRICS_MONTHLY.MANUALLY_ENTERED_BY.isNotNull().or(QBR_METRICS_MONTHLY.DATA_SOURCE.notIn(SYNC_SOURCES));
    }

    private static Condition ownedBySync() {
        return QBR_METRICS_MONTHLY.MANUALLY_ENTERED_BY.isNull().and(QBR_METRICS_MONTHLY.DATA_SOURCE.in(SYNC_SOURCES));
    }

    private static String slot(String period, String metricName) {
        return period + "/" + metricName;
    }
}
