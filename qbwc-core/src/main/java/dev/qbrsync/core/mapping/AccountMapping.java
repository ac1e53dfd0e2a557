package dev.qbrsync.core.mapping;

import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;

import java.util.Optional;

/**
 * The metric an account maps to and why: the rule that matched it (or its parent), or the section's catch-all.
 * This is what a finance user reviews.
 */
public record AccountMapping(
        String accountFullName,
        ReportSection section,
        MetricKey metric,
        MappingSource source,
        MappingRule rule) {

    public Optional<MappingRule> matchedRule() {
        return Optional.ofNullable(rule);
    }

    public String explanation() {
        return switch (source) {
            case RULE -> ruleName() + " " + rule.matchType().name().toLowerCase() + " '" + rule.pattern() + "'";
            case INHERITED -> "inherited from parent via " + ruleName() + " '" + rule.pattern() + "'";
            case CATCH_ALL -> "catch-all for " + section.title();
        };
    }

    /** A rule not stored yet, as a preview shows it, has no number. */
    private String ruleName() {
        return rule.id() == null ? "the new rule" : "rule #" + rule.id();
    }
}
