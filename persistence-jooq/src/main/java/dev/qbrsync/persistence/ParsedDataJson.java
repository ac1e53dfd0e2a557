package dev.qbrsync.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;
import org.jooq.JSONB;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jsonb form of parsed reports, rosters and reconciliations. Amounts are JSON strings so no digit is ever lost to
 * a floating-point number; months are {@code YYYY-MM}.
 */
final class ParsedDataJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParsedDataJson() {
    }

    static JSONB ofParsed(ProfitAndLossReport report, EmployeeRoster roster) {
        if (report == null && roster == null) {
            return null;
        }
        ObjectNode root = MAPPER.createObjectNode();
        if (report != null) {
            root.set("report", report(report));
        }
        if (roster != null) {
            root.set("roster", roster(roster));
        }
        return JSONB.valueOf(root.toString());
    }

    /** The report stored in parsed data; null when there is none (or the row was written by another program). */
    static ProfitAndLossReport report(JSONB parsed) {
        JsonNode node = read(parsed).get("report");
        if (node == null || !node.has("months") || !node.has("accounts")) {
            return null;
        }
        List<YearMonth> months = new ArrayList<>();
        node.get("months").forEach(month -> months.add(YearMonth.parse(month.asText())));
        List<AccountLine> accounts = new ArrayList<>();
        node.get("accounts").forEach(account -> accounts.add(new AccountLine(account.get("fullName").asText(),
                ReportSection.valueOf(account.get("section").asText()), amounts(account.get("amounts")),
                texts(account.get("displayPath")))));
        List<ReportTotal> totals = new ArrayList<>();
        if (node.has("totals")) {
            node.get("totals").forEach(total -> totals.add(new ReportTotal(
                    ReportTotal.Kind.valueOf(total.get("kind").asText()), total.get("label").asText(),
                    total.get("section").isNull() ? null : ReportSection.valueOf(total.get("section").asText()),
                    total.get("account").isNull() ? null : total.get("account").asText(),
                    amounts(total.get("amounts")))));
        }
        return new ProfitAndLossReport(months, accounts, amounts(node.get("netIncome")),
                ReportBasis.valueOf(node.get("basis").asText()), totals);
    }

    static EmployeeRoster roster(JSONB parsed) {
        JsonNode node = read(parsed).get("roster");
        if (node == null || !node.has("employees")) {
            return null;
        }
        List<Employee> employees = new ArrayList<>();
        node.get("employees").forEach(employee -> employees.add(new Employee(employee.get("listId").asText(),
                employee.get("name").asText(), employee.get("active").asBoolean(), date(employee.get("hiredDate")),
                date(employee.get("releasedDate")))));
        return new EmployeeRoster(employees);
    }

    static JSONB ofReconciliations(List<Reconciliation> reconciliations) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Reconciliation reconciliation : reconciliations) {
            ObjectNode node = array.addObject();
            node.put("month", reconciliation.month().toString());
            node.put("calculatedNetProfit", reconciliation.calculatedNetProfit().toPlainString());
            node.put("reportedNetIncome", reconciliation.reportedNetIncome().toPlainString());
            node.put("difference", reconciliation.difference().toPlainString());
            ArrayNode causes = node.putArray("causes");
            reconciliation.causes().forEach(causes::add);
        }
        return JSONB.valueOf(array.toString());
    }

    static List<Reconciliation> reconciliations(JSONB json) {
        List<Reconciliation> reconciliations = new ArrayList<>();
        if (json == null) {
            return reconciliations;
        }
        for (JsonNode node : read(json)) {
            List<String> causes = new ArrayList<>();
            node.get("causes").forEach(cause -> causes.add(cause.asText()));
            reconciliations.add(new Reconciliation(YearMonth.parse(node.get("month").asText()),
                    new BigDecimal(node.get("calculatedNetProfit").asText()),
                    new BigDecimal(node.get("reportedNetIncome").asText()),
                    new BigDecimal(node.get("difference").asText()), causes));
        }
        return reconciliations;
    }

    static JSONB ofKeptValues(List<KeptValue> keptValues) {
        ArrayNode array = MAPPER.createArrayNode();
        for (KeptValue kept : keptValues) {
            ObjectNode node = array.addObject();
            node.put("month", kept.month().toString());
            node.put("metric", kept.key().code());
            node.put("kept", kept.kept() == null ? null : kept.kept().toPlainString());
            node.put("keptBy", kept.keptBy());
            node.put("quickBooksValue", kept.quickBooksValue().toPlainString());
        }
        return JSONB.valueOf(array.toString());
    }

    static List<KeptValue> keptValues(JSONB json) {
        List<KeptValue> keptValues = new ArrayList<>();
        if (json == null) {
            return keptValues;
        }
        for (JsonNode node : read(json)) {
            keptValues.add(new KeptValue(YearMonth.parse(node.get("month").asText()),
                    MetricKey.fromCode(node.get("metric").asText()).orElseThrow(),
                    node.get("kept").isNull() ? null : new BigDecimal(node.get("kept").asText()),
                    node.get("keptBy").asText(), new BigDecimal(node.get("quickBooksValue").asText())));
        }
        return keptValues;
    }

    private static ObjectNode report(ProfitAndLossReport report) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode months = node.putArray("months");
        report.months().forEach(month -> months.add(month.toString()));
        ArrayNode accounts = node.putArray("accounts");
        for (AccountLine line : report.accounts()) {
            ObjectNode account = accounts.addObject();
            account.put("fullName", line.fullName());
            account.put("section", line.section().name());
            ArrayNode path = account.putArray("displayPath");
            line.displayPath().forEach(path::add);
            account.set("amounts", amounts(line.amountsByMonth()));
        }
        node.set("netIncome", amounts(report.netIncome()));
        node.put("basis", report.basis().name());
        ArrayNode totals = node.putArray("totals");
        for (ReportTotal total : report.totals()) {
            ObjectNode entry = totals.addObject();
            entry.put("kind", total.kind().name());
            entry.put("label", total.label());
            entry.put("section", total.section() == null ? null : total.section().name());
            entry.put("account", total.accountFullName());
            entry.set("amounts", amounts(total.amounts()));
        }
        return node;
    }

    private static ObjectNode roster(EmployeeRoster roster) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode employees = node.putArray("employees");
        for (Employee employee : roster.employees()) {
            ObjectNode entry = employees.addObject();
            entry.put("listId", employee.listId());
            entry.put("name", employee.name());
            entry.put("active", employee.active());
            entry.put("hiredDate", employee.hired().map(LocalDate::toString).orElse(null));
            entry.put("releasedDate", employee.released().map(LocalDate::toString).orElse(null));
        }
        return node;
    }

    private static ObjectNode amounts(Map<YearMonth, BigDecimal> amounts) {
        ObjectNode node = MAPPER.createObjectNode();
        new java.util.TreeMap<>(amounts).forEach((month, amount) -> node.put(month.toString(), amount.toPlainString()));
        return node;
    }

    private static Map<YearMonth, BigDecimal> amounts(JsonNode node) {
        Map<YearMonth, BigDecimal> amounts = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry ->
                amounts.put(YearMonth.parse(entry.getKey()), new BigDecimal(entry.getValue().asText())));
        return amounts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(text -> texts.add(text.asText()));
        }
        return texts;
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static JsonNode read(JSONB json) {
        try {
            return MAPPER.readTree(json.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored parsed data is not valid JSON", e);
        }
    }
}
