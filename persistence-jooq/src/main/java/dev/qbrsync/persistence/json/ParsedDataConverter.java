package dev.qbrsync.persistence.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code parsed_data} as {@link ParsedData}; data with neither a report nor a roster is SQL NULL. */
public final class ParsedDataConverter extends JsonbConverter<ParsedData> {
    public ParsedDataConverter() {
        super(ParsedData.class);
    }

    @Override
    ParsedData whenNull() {
        return null;
    }

    @Override
    ParsedData read(String json) {
        JsonNode parsed = StoredJson.tree(json);
        ReportJson report = StoredJson.member(parsed, "report", "accounts", ReportJson.class);
        return new ParsedData(report == null || report.months() == null ? null : report.toReport(),
                StoredJson.member(parsed, "roster", "employees", EmployeeRoster.class));
    }

    @Override
    Object toJson(ParsedData parsed) {
        if (parsed.report() == null && parsed.roster() == null) {
            return null;
        }
        return new Parsed(parsed.report() == null ? null : ReportJson.of(parsed.report()), parsed.roster());
    }

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
}
