package dev.qbrsync.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;
import org.jooq.JSONB;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The jsonb form of parsed reports, rosters, reconciliations and kept values, written and read by Jackson: the core's
 * records where the stored names are theirs, small records here where they differ. Amounts are JSON strings so no
 * digit is ever lost to a floating-point number; months are {@code YYYY-MM}; dates {@code YYYY-MM-DD}.
 */
final class ParsedDataJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .withConfigOverride(BigDecimal.class, amount -> amount.setFormat(JsonFormat.Value.forShape(
                    JsonFormat.Shape.STRING)))
            // The records' components only: no derived values such as Reconciliation.isBalanced().
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            // Rows written by another program may carry more.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** One sync's parsed data, as written: its report, its roster, or both. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Parsed(ReportJson report, EmployeeRoster roster) {
    }

    /** A report as stored; a total names its account {@code account}. */
    record ReportJson(List<YearMonth> months, List<AccountLine> accounts, Map<YearMonth, BigDecimal> netIncome,
                      ReportBasis basis, List<TotalJson> totals) {
        static ReportJson of(ProfitAndLossReport report) {
            return new ReportJson(report.months(), report.accounts().stream().map(ReportJson::inMonthOrder).toList(),
                    new TreeMap<>(report.netIncome()), report.basis(), report.totals().stream().map(total ->
                    new TotalJson(total.kind(), total.label(), total.section(), total.accountFullName(),
                            new TreeMap<>(total.amounts()))).toList());
        }

        private static AccountLine inMonthOrder(AccountLine line) {
            return new AccountLine(line.fullName(), line.section(), new TreeMap<>(line.amountsByMonth()),
                    line.displayPath());
        }

        ProfitAndLossReport toReport() {
            return new ProfitAndLossReport(months, accounts, netIncome, basis, totals == null ? List.of()
                    : totals.stream().map(total -> new ReportTotal(total.kind(), total.label(), total.section(),
                    total.account(), total.amounts())).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TotalJson(ReportTotal.Kind kind, String label, ReportSection section, String account,
                     Map<YearMonth, BigDecimal> amounts) {
    }

    /** A kept value as stored: its metric by code. */
    record KeptValueJson(YearMonth month, String metric, BigDecimal kept, String keptBy, BigDecimal quickBooksValue) {
        static KeptValueJson of(KeptValue kept) {
            return new KeptValueJson(kept.month(), kept.key().code(), kept.kept(), kept.keptBy(),
                    kept.quickBooksValue());
        }

        KeptValue toKeptValue() {
            return new KeptValue(month, MetricKey.fromCode(metric).orElseThrow(), kept, keptBy, quickBooksValue);
        }
    }

    private ParsedDataJson() {
    }

    static JSONB ofParsed(ProfitAndLossReport report, EmployeeRoster roster) {
        if (report == null && roster == null) {
            return null;
        }
        return write(new Parsed(report == null ? null : ReportJson.of(report), roster));
    }

    /** The report stored in parsed data; null when there is none (or the row was written by another program). */
    static ProfitAndLossReport report(JSONB parsed) {
        ReportJson report = part(parsed, "report", "accounts", ReportJson.class);
        return report == null || report.months() == null ? null : report.toReport();
    }

    static EmployeeRoster roster(JSONB parsed) {
        return part(parsed, "roster", "employees", EmployeeRoster.class);
    }

    static JSONB ofReconciliations(List<Reconciliation> reconciliations) {
        return write(reconciliations);
    }

    static List<Reconciliation> reconciliations(JSONB json) {
        return json == null ? List.of() : read(json, new TypeReference<List<Reconciliation>>() { });
    }

    static JSONB ofKeptValues(List<KeptValue> keptValues) {
        return write(keptValues.stream().map(KeptValueJson::of).toList());
    }

    static List<KeptValue> keptValues(JSONB json) {
        return json == null ? List.of() : read(json, new TypeReference<List<KeptValueJson>>() { }).stream()
                .map(KeptValueJson::toKeptValue).toList();
    }

    private static JSONB write(Object value) {
        try {
            return JSONB.valueOf(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Parsed data cannot be written as JSON", e);
        }
    }

    private static <T> T read(JSONB json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored parsed data is not valid JSON of its kind", e);
        }
    }

    /** The part {@code name} of parsed data when it has {@code required}, as ours have; else null. */
    private static <T> T part(JSONB parsed, String name, String required, Class<T> type) {
        try {
            JsonNode part = MAPPER.readTree(parsed.data()).get(name);
            return part == null || !part.has(required) ? null : MAPPER.treeToValue(part, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored parsed data is not valid JSON of its kind", e);
        }
    }
}
