package dev.qbrsync.persistence;

import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import static dev.qbrsync.persistence.generated.Tables.QBR_METRICS_MONTHLY;

/**
 * {@code qbr_metrics_monthly}: an upsert per company, month, key and source. The conflict target includes the source,
 * so writing QuickBooks figures never touches a value another source (such as a manual entry) owns.
 */
public final class JooqMetricsRepository implements MetricsRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public JooqMetricsRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    @Override
    public void upsert(String companyId, String source, List<MonthlyMetrics> metrics) {
        Instant now = clock.instant();
        var insert = dsl.insertInto(QBR_METRICS_MONTHLY, QBR_METRICS_MONTHLY.COMPANY_ID, QBR_METRICS_MONTHLY.YEAR,
                QBR_METRICS_MONTHLY.MONTH, QBR_METRICS_MONTHLY.METRIC_KEY, QBR_METRICS_MONTHLY.VALUE,
                QBR_METRICS_MONTHLY.SOURCE, QBR_METRICS_MONTHLY.UPDATED_AT);
        InsertValuesStep7<?, String, Short, Short, String, BigDecimal, String, Instant> rows = insert;
        boolean any = false;
        for (MonthlyMetrics monthly : metrics) {
            for (var value : monthly.values().entrySet()) {
                rows = rows.values(companyId, (short) monthly.month().getYear(), (short) monthly.month().getMonthValue(),
                        value.getKey().code(), value.getValue(), source, now);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        rows.onConflict(QBR_METRICS_MONTHLY.COMPANY_ID, QBR_METRICS_MONTHLY.YEAR, QBR_METRICS_MONTHLY.MONTH,
                        QBR_METRICS_MONTHLY.METRIC_KEY, QBR_METRICS_MONTHLY.SOURCE)
                .doUpdate()
                .set(QBR_METRICS_MONTHLY.VALUE, DSL.excluded(QBR_METRICS_MONTHLY.VALUE))
                .set(QBR_METRICS_MONTHLY.UPDATED_AT, DSL.excluded(QBR_METRICS_MONTHLY.UPDATED_AT))
                .execute();
    }

    @Override
    public void remove(String companyId, String source, MetricKey key, Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return;
        }
        dsl.deleteFrom(QBR_METRICS_MONTHLY)
                .where(QBR_METRICS_MONTHLY.COMPANY_ID.eq(companyId))
                .and(QBR_METRICS_MONTHLY.SOURCE.eq(source))
                .and(QBR_METRICS_MONTHLY.METRIC_KEY.eq(key.code()))
                .and(DSL.or(months.stream().map(month -> QBR_METRICS_MONTHLY.YEAR.eq((short) month.getYear())
                        .and(QBR_METRICS_MONTHLY.MONTH.eq((short) month.getMonthValue()))).toList()))
                .execute();
    }

    @Override
    public void lockCompanyForWrite(String companyId) {
        dsl.fetch("select pg_advisory_xact_lock(hashtextextended({0}, 1))", "metrics:" + companyId);
    }

    @Override
    public List<StoredMetric> find(String companyId, YearMonth first, YearMonth last) {
        return dsl.selectFrom(QBR_METRICS_MONTHLY)
                .where(QBR_METRICS_MONTHLY.COMPANY_ID.eq(companyId))
                .and(monthOnOrAfter(first))
                .and(monthOnOrBefore(last))
                .orderBy(QBR_METRICS_MONTHLY.YEAR, QBR_METRICS_MONTHLY.MONTH, QBR_METRICS_MONTHLY.METRIC_KEY,
                        QBR_METRICS_MONTHLY.SOURCE)
                .fetch(record -> new StoredMetric(record.getCompanyId(),
                        YearMonth.of(record.getYear(), record.getMonth()),
                        MetricKey.fromCode(record.getMetricKey()).orElseThrow(), record.getValue(),
                        record.getSource(), record.getUpdatedAt()))
                .stream()
                .toList();
    }

    private static Condition monthOnOrAfter(YearMonth month) {
        return DSL.row(QBR_METRICS_MONTHLY.YEAR, QBR_METRICS_MONTHLY.MONTH)
                .ge((short) month.getYear(), (short) month.getMonthValue());
    }

    private static Condition monthOnOrBefore(YearMonth month) {
        return DSL.row(QBR_METRICS_MONTHLY.YEAR, QBR_METRICS_MONTHLY.MONTH)
                .le((short) month.getYear(), (short) month.getMonthValue());
    }
}
