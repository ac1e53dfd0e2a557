package dev.qbrsync.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.qbrsync.persistence.generated.Tables.QBWC_SYNC_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sync history's jsonb columns, read and written through jOOQ's converters, keep the format rows hold today (the JSON
 * below, as the hand-written mapping before Jackson wrote it): rows already stored read as they did, new rows are
 * written the same way, and rows another program wrote read as no report and no roster.
 */
class SyncHistoryJsonTest {
    private static final Database DATABASE = EmbeddedPostgresDatabases.freshDatabase();
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final String PARSED = """
            {"report": {"months": ["2026-01", "2026-02"],
              "accounts": [{"fullName": "Income:Managed Services", "section": "INCOME",
                            "displayPath": ["Income", "Managed Services"],
                            "amounts": {"2026-01": "1000.50", "2026-02": "0.10"}}],
              "netIncome": {"2026-01": "400.00", "2026-02": "-5.1"},
              "basis": "ACCRUAL",
              "totals": [{"kind": "SECTION", "label": "Total Income", "section": "INCOME", "account": null,
                          "amounts": {"2026-01": "1000.50", "2026-02": "0.10"}}]},
             "roster": {"employees": [{"listId": "80000001-1", "name": "Ada", "active": true,
                                      "hiredDate": "2020-03-01", "releasedDate": null}]}}""";
    private static final String RECONCILIATIONS = """
            [{"month": "2026-01", "calculatedNetProfit": "400.00", "reportedNetIncome": "400.01",
              "difference": "-0.01", "causes": ["rounding"]}]""";
    private static final String KEPT_VALUES = """
            [{"month": "2026-02", "metric": "owner_comp", "kept": null, "keptBy": "cfo",
              "quickBooksValue": "12000.00"}]""";

    private final JooqSyncHistory history = new JooqSyncHistory(DATABASE);

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    private static ProfitAndLossReport report() {
        Map<YearMonth, BigDecimal> income = Map.of(JAN, new BigDecimal("1000.50"), FEB, new BigDecimal("0.10"));
        return new ProfitAndLossReport(List.of(JAN, FEB),
                List.of(new AccountLine("Income:Managed Services", ReportSection.INCOME, income)),
                Map.of(JAN, new BigDecimal("400.00"), FEB, new BigDecimal("-5.1")), ReportBasis.ACCRUAL,
                List.of(new ReportTotal(ReportTotal.Kind.SECTION, "Total Income", ReportSection.INCOME, null, income)));
    }

    private static EmployeeRoster roster() {
        return new EmployeeRoster(List.of(new Employee("80000001-1", "Ada", true, LocalDate.of(2020, 3, 1), null)));
    }

    private static List<Reconciliation> reconciliations() {
        return List.of(new Reconciliation(JAN, new BigDecimal("400.00"), new BigDecimal("400.01"),
                new BigDecimal("-0.01"), List.of("rounding")));
    }

    private static List<KeptValue> keptValues() {
        return List.of(new KeptValue(FEB, MetricKey.OWNER_COMP, null, "cfo", new BigDecimal("12000.00")));
    }

    private long storedEntry(CompanyId company) {
        return history.record(new SyncHistoryEntry(null, company, UUID.randomUUID(), SyncType.PROFIT_AND_LOSS, JAN,
                FEB, "<raw/>", report(), roster(), reconciliations(), SyncOutcome.SUCCESS, "", Instant.now(), 0,
                keptValues())).id();
    }

    @Test
    void aRowStoredInTodaysFormatReadsAsItWasWritten() {
        CompanyId company = TestOrganizations.create(DATABASE);
        long id = storedEntry(company);
        storeRaw(id, PARSED, RECONCILIATIONS, KEPT_VALUES);

        SyncHistoryEntry read = history.entry(company, id).orElseThrow();

        assertThat(read.report()).isEqualTo(report());
        assertThat(read.report().accounts().get(0).displayPath()).containsExactly("Income", "Managed Services");
        assertThat(read.roster()).isEqualTo(roster());
        assertThat(read.reconciliations()).isEqualTo(reconciliations());
        assertThat(read.keptValues()).isEqualTo(keptValues());
    }

    @Test
    void newRowsAreStoredInTheSameFormat() throws Exception {
        CompanyId company = TestOrganizations.create(DATABASE);
        long id = storedEntry(company);

        var row = DATABASE.autonomousDsl().select(raw(QBWC_SYNC_HISTORY.PARSED_DATA),
                raw(QBWC_SYNC_HISTORY.RECONCILIATION), raw(QBWC_SYNC_HISTORY.KEPT_VALUES))
                .from(QBWC_SYNC_HISTORY).where(QBWC_SYNC_HISTORY.ID.eq((int) id)).fetchSingle();

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(row.value1().data())).isEqualTo(json.readTree(PARSED));
        assertThat(json.readTree(row.value2().data())).isEqualTo(json.readTree(RECONCILIATIONS));
        assertThat(json.readTree(row.value3().data())).isEqualTo(json.readTree(KEPT_VALUES));
    }

    @Test
    void parsedDataOfAnotherProgramReadsAsNoReportAndNoRoster() {
        CompanyId company = TestOrganizations.create(DATABASE);
        long id = storedEntry(company);
        storeRaw(id, "{\"report\": {\"rows\": []}, \"roster\": [\"Ada\"], \"note\": 1}", null, null);

        SyncHistoryEntry read = history.entry(company, id).orElseThrow();

        assertThat(read.report()).isNull();
        assertThat(read.roster()).isNull();
        assertThat(read.reconciliations()).isEmpty();
        assertThat(read.keptValues()).isEmpty();
    }

    private static void storeRaw(long id, String parsed, String reconciliations, String keptValues) {
        DATABASE.autonomousDsl().update(QBWC_SYNC_HISTORY)
                .set(raw(QBWC_SYNC_HISTORY.PARSED_DATA), JSONB.jsonbOrNull(parsed))
                .set(raw(QBWC_SYNC_HISTORY.RECONCILIATION), JSONB.jsonbOrNull(reconciliations))
                .set(raw(QBWC_SYNC_HISTORY.KEPT_VALUES), JSONB.jsonbOrNull(keptValues))
                .where(QBWC_SYNC_HISTORY.ID.eq((int) id)).execute();
    }

    /** The column as the jsonb PostgreSQL holds, past its converter. */
    private static Field<JSONB> raw(Field<?> column) {
        return DSL.field(column.getQualifiedName(), SQLDataType.JSONB);
    }
}
