package dev.qbrsync.http.api;

import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.mapping.RulePatch;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;

import java.util.Arrays;
import java.util.Locale;

/** A mapping rule as the API reads and writes it. Optional on input: section, priority (100), active (true), note. */
public record RuleJson(Long id, String pattern, String matchType, String metric, String section, Integer priority,
                       Boolean active, String note, String company) {

    static RuleJson of(MappingRule rule) {
        return new RuleJson(rule.id(), rule.pattern(), rule.matchType().name().toLowerCase(Locale.ROOT),
                rule.metric().code(), rule.section() == null ? null : rule.section().name().toLowerCase(Locale.ROOT),
                rule.priority(), rule.active(), rule.note(), rule.isShared() ? null : rule.company().value());
    }

    /**
     * The change this input describes for PUT: only the fields it carries change ({@code sectionGiven} tells a missing
     * section from one set to null, meaning any section). Every invalid field is a 400 naming it.
     */
    RulePatch toPatch(boolean sectionGiven) {
        if (pattern != null && pattern.isBlank()) {
            throw ApiError.badInput("pattern", "must not be blank");
        }
        return new RulePatch(pattern, parsedMatchType(), parsedMetric(), sectionGiven, parsedSection(), priority,
                active, note);
    }

    /** The rule this input describes for POST; every invalid field is a 400 naming it. */
    MappingRule toRule() {
        return new MappingRule(null, pattern, parsedMatchType(), parsedMetric(), parsedSection(),
                priority == null ? MappingRule.DEFAULT_PRIORITY : priority, active == null || active, note,
                company == null || company.isBlank() ? null : RequestParameters.companyId("company", company.trim()));
    }

    private MatchType parsedMatchType() {
        if (matchType == null) {
            return null;
        }
        return Arrays.stream(MatchType.values()).filter(type -> type.name().equalsIgnoreCase(matchType.trim()))
                .findFirst().orElseThrow(() -> ApiError.badInput("matchType", "'" + matchType
                        + "' is not one of exact, prefix, contains, regex"));
    }

    private MetricKey parsedMetric() {
        if (metric == null) {
            return null;
        }
        return MetricKey.fromCode(metric.trim()).orElseThrow(() -> ApiError.badInput("metric", "'" + metric
                + "' is not a metric key; use one of " + Arrays.stream(MetricKey.values())
                .filter(MetricKey::isMappable).map(MetricKey::code).toList()));
    }

    private ReportSection parsedSection() {
        if (section == null || section.isBlank()) {
            return null;
        }
        String wanted = section.trim().replace(' ', '_');
        return Arrays.stream(ReportSection.values()).filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> ApiError.badInput("section", "'" + section + "' is not one of income, "
                        + "cost_of_goods_sold, expense, other_income, other_expense"));
    }
}
