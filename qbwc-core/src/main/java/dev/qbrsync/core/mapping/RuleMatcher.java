package dev.qbrsync.core.mapping;

import dev.qbrsync.core.report.AccountLine;

import java.util.Locale;
import java.util.regex.Pattern;

/** Decides whether one rule's pattern matches an account's name or full path, case-insensitively. */
final class RuleMatcher {
    private final MappingRule rule;
    private final String loweredPattern;
    private final Pattern regex;

    RuleMatcher(MappingRule rule) {
        this.rule = rule;
        this.loweredPattern = rule.pattern().toLowerCase(Locale.ROOT);
        this.regex = rule.matchType() == MatchType.REGEX ? compile(rule.pattern()) : null;
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    MappingRule rule() {
        return rule;
    }

    /** True when the rule is active, allows the account's section, and its pattern matches the name or full path. */
    boolean matches(AccountLine account) {
        if (!rule.active() || rule.metric().kind() != account.section().metricKind()) {
            return false;
        }
        if (rule.sectionConstraint().filter(section -> section != account.section()).isPresent()) {
            return false;
        }
        return matchesText(account.name()) || matchesText(account.fullName());
    }

    private boolean matchesText(String text) {
        String lowered = text.toLowerCase(Locale.ROOT);
        return switch (rule.matchType()) {
            case EXACT -> lowered.equals(loweredPattern);
            case PREFIX -> lowered.startsWith(loweredPattern);
            case CONTAINS -> lowered.contains(loweredPattern);
            case REGEX -> findWithinBudget(text);
        };
    }

    /** A regex that runs out of budget on a name does not match it: a costly rule must never hang a sync. */
    private boolean findWithinBudget(String text) {
        try {
            return RegexBudget.find(regex, text);
        } catch (RegexBudget.RegexTooCostlyException e) {
            return false;
        }
    }
}
