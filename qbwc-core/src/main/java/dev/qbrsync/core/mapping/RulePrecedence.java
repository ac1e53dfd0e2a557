package dev.qbrsync.core.mapping;

import java.util.Comparator;

/**
 * The order in which matching rules win: higher priority first, then the more specific match type (exact, prefix,
 * contains, regex), then the longer pattern, then the lower id, so the result never depends on storage order.
 */
final class RulePrecedence {
    static final Comparator<MappingRule> WINNER_FIRST = Comparator
            .comparingInt(MappingRule::priority).reversed()
            .thenComparing(MappingRule::matchType)
            .thenComparing(Comparator.comparingInt((MappingRule rule) -> rule.pattern().length()).reversed())
            .thenComparing(rule -> rule.id() == null ? Long.MAX_VALUE : rule.id());

    private RulePrecedence() {
    }
}
