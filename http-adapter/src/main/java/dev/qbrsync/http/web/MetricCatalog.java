package dev.qbrsync.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.review.Kpi;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metrics, KPIs, report sections and rules' match types as the page names them, served as the script module
 * {@value #PATH}: their codes, order and kinds come from the core's enums, so the page names exactly what the server
 * stores. Only the finance team's names for them are said here, and a value without one stops the server from
 * starting.
 */
final class MetricCatalog {
    static final String PATH = PageFiles.ASSETS + "/js/metric-catalog.js";

    private static final Map<MetricKey, String> METRIC_LABELS = complete(MetricKey.class, Map.ofEntries(
            Map.entry(MetricKey.NRR, "NRR"), Map.entry(MetricKey.MRR, "MRR"), Map.entry(MetricKey.ORR, "ORR"),
            Map.entry(MetricKey.PRODUCT_SALES, "Product sales"), Map.entry(MetricKey.MISC_REVENUE, "Misc. revenue"),
            Map.entry(MetricKey.EMPLOYEE_EXPENSE, "Employee expense"), Map.entry(MetricKey.OWNER_COMP, "Owner comp."),
            Map.entry(MetricKey.OWNER_COMP_TAXES, "Owner comp. taxes"),
            Map.entry(MetricKey.PRODUCT_COGS, "Product COGS"), Map.entry(MetricKey.OTHER_EXPENSES, "Other expenses"),
            Map.entry(MetricKey.TOTAL_REVENUE, "Total revenue"), Map.entry(MetricKey.TOTAL_EXPENSES, "Total expenses"),
            Map.entry(MetricKey.NET_PROFIT, "Net profit"), Map.entry(MetricKey.EMPLOYEES, "Employees")));
    private static final Map<Kpi, String> KPI_LABELS = complete(Kpi.class, Map.of(
            Kpi.NET_PROFIT_PCT, "Net profit %",
            Kpi.REVENUE_FROM_SERVICES_PCT, "Revenue from services %",
            Kpi.SERVICES_FROM_MRR_PCT, "Services from MRR %",
            Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE, "Annual service revenue per employee",
            Kpi.GROSS_MARGIN_PCT, "Gross margin %",
            Kpi.RECURRING_REVENUE_PCT, "Recurring share of revenue %"));
    private static final Map<MatchType, String> MATCH_TYPE_LABELS = complete(MatchType.class, Map.of(
            MatchType.EXACT, "exact: the whole name",
            MatchType.PREFIX, "prefix: the name starts with it",
            MatchType.WORDS, "words: whole words inside the name",
            MatchType.CONTAINS, "contains: any part of the name",
            MatchType.REGEX, "regex: a regular expression"));

    record Metric(String code, String label, String kind) {
    }

    /** @param unit {@code money} for an amount per employee, {@code fraction} for a share */
    record KpiName(String code, String label, String unit) {
    }

    record Section(String code, String label) {
    }

    record MatchTypeName(String code, String label) {
    }

    private MetricCatalog() {
    }

    static List<Metric> metrics() {
        return Arrays.stream(MetricKey.values()).map(key -> new Metric(key.code(), METRIC_LABELS.get(key),
                key.kind().name().toLowerCase(Locale.ROOT))).toList();
    }

    static List<KpiName> kpis() {
        return Arrays.stream(Kpi.values()).map(kpi -> new KpiName(kpi.code(), KPI_LABELS.get(kpi),
                kpi.isMoney() ? "money" : "fraction")).toList();
    }

    static List<Section> sections() {
        return Arrays.stream(ReportSection.values()).map(section -> new Section(
                section.name().toLowerCase(Locale.ROOT), section.title())).toList();
    }

    static List<MatchTypeName> matchTypes() {
        return Arrays.stream(MatchType.values()).map(type -> new MatchTypeName(
                type.name().toLowerCase(Locale.ROOT), MATCH_TYPE_LABELS.get(type))).toList();
    }

    /**
     * The script module: {@code METRICS}, {@code KPIS}, {@code SECTIONS} and {@code MATCH_TYPES}, each in the server's
     * order.
     */
    static String script(ObjectMapper json) {
        try {
            return "// Made by the server from its own lists (MetricCatalog.java).\n"
                    + "export const METRICS = " + json.writeValueAsString(metrics()) + ";\n"
                    + "export const KPIS = " + json.writeValueAsString(kpis()) + ";\n"
                    + "export const SECTIONS = " + json.writeValueAsString(sections()) + ";\n"
                    + "export const MATCH_TYPES = " + json.writeValueAsString(matchTypes()) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The metric catalog cannot be written as JSON", e);
        }
    }

    private static <K extends Enum<K>> Map<K, String> complete(Class<K> type, Map<K, String> labels) {
        EnumMap<K, String> all = new EnumMap<>(type);
        all.putAll(labels);
        if (all.size() != type.getEnumConstants().length) {
            throw new IllegalStateException("The page has no name for some " + type.getSimpleName() + " values");
        }
        return all;
    }
}
