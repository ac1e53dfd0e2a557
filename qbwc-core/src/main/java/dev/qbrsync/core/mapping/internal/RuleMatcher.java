package dev.qbrsync.core.mapping.internal;

import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.report.ReportSection;

import java.util.regex.Pattern;

/** Decides whether one rule applies to an account's section and whether its pattern matches a (normalized) name. */
final class RuleMatcher {
    private final MappingRule rule;
    private final String foldedPattern;
    private final Pattern regex;

    RuleMatcher(MappingRule rule) {
        this.rule = rule;
        this.foldedPattern = AccountNames.folded(AccountNames.normalize(rule.pattern()));
        this.regex = rule.matchType() == MatchType.REGEX ? compile(rule.pattern()) : null;
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    MappingRule rule() {
        return rule;
    }

    /** True when the rule is active and may map accounts of this section (its kind, and its section if it has one). */
    boolean allows(ReportSection section) {
        return rule.active() && rule.metric().kind() == section.metricKind()
                && rule.sectionConstraint().map(only -> only == section).orElse(true);
    }

    /** Whether the pattern matches the text, a normalized account name or path. */
    boolean matches(String text) {
        String folded = AccountNames.folded(text);
        return switch (rule.matchType()) {
            case EXACT -> folded.equals(foldedPattern);
            case PREFIX -> folded.startsWith(foldedPattern);
            case WORDS -> containsAsWords(folded, foldedPattern);
            case CONTAINS -> folded.contains(foldedPattern);
            case REGEX -> findWithinBudget(text);
        };
    }

    private static boolean containsAsWords(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !isWordCharacter(text.charAt(at - 1)))
                    && (end == text.length() || !isWordCharacter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Letters, digits, and the hyphen and apostrophe that join words ({@code Non-Recurring}, {@code Owner's}). */
    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'';
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
