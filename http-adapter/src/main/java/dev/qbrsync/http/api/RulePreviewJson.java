package dev.qbrsync.http.api;

import dev.qbrsync.core.mapping.AccountMapping;
import dev.qbrsync.core.metrics.RuleChangeEffect;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The answer to POST /api/qbwc/mappings/preview: the accounts a change would move and the metrics it would change. */
record RulePreviewJson(String company, List<MovedAccountJson> accounts, List<MetricChangeJson> metrics) {

    static RulePreviewJson of(String company, RuleChangeEffect effect) {
        return new RulePreviewJson(company, effect.accounts().stream().map(MovedAccountJson::of).toList(),
                effect.metrics().stream().map(MetricChangeJson::of).toList());
    }

    record MappingJson(String metric, String mappedBy, Long ruleId, String explanation) {
        static MappingJson of(AccountMapping mapping) {
            return new MappingJson(mapping.metric().code(), mapping.source().name().toLowerCase(),
                    mapping.matchedRule().map(rule -> rule.id()).orElse(null), mapping.explanation());
        }
    }

    record MovedAccountJson(String fullName, String section, Map<YearMonth, BigDecimal> amounts, MappingJson before,
                            MappingJson after) {
        static MovedAccountJson of(RuleChangeEffect.AccountChange moved) {
            return new MovedAccountJson(moved.account().fullName(), moved.account().section().name().toLowerCase(),
                    new TreeMap<>(moved.account().amounts()), MappingJson.of(moved.before()),
                    MappingJson.of(moved.after()));
        }
    }

    record MetricChangeJson(YearMonth month, String metric, BigDecimal before, BigDecimal after, BigDecimal change) {
        static MetricChangeJson of(RuleChangeEffect.MetricChange change) {
            return new MetricChangeJson(change.month(), change.key().code(), change.before(), change.after(),
                    change.change());
        }
    }
}
