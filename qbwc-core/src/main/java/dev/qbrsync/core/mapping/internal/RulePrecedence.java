package dev.qbrsync.core.mapping.internal;

import dev.qbrsync.core.mapping.MappingRule;
import java.util.Comparator;

/**
 * The order in which matching rules win: higher priority first; at equal priority a rule matching the account's own
 * name beats one matching only its path (the parent it sits under); then a company's own rule beats a shared one; then
 * the more specific match type (exact, prefix, words, contains, regex), then the longer pattern, then the lower id, so
 * the result never depends on storage order.
 * A rule matching the account itself (by name or path) always beats one reached through a parent.
 */
final class RulePrecedence {
    static final Comparator<MappingRule> WINNER_FIRST = Comparator
            .comparingInt(MappingRule::priority).reversed()
            .thenComparing(MappingRule::isShared)
            .thenComparing(MappingRule::matchType)
            .thenComparing(Comparator.comparingInt((MappingRule rule) -> rule.pattern().length()).reversed())
            .thenComparing(rule -> rule.id() == null ? Long.MAX_VALUE : rule.id());

    private RulePrecedence() {
    }

    /** Of a rule matching the name and one matching only the path, the one that wins. */
    static RuleMatcher nameOrPath(RuleMatcher byName, RuleMatcher byPath) {
        if (byName == null || byPath == null) {
            return byName != null ? byName : byPath;
        }
        return byName.rule().priority() >= byPath.rule().priority() ? byName : byPath;
    }
}
