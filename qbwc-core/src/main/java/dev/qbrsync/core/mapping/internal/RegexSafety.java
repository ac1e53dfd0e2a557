package dev.qbrsync.core.mapping.internal;

import dev.qbrsync.core.mapping.InvalidRuleException;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses a regex rule that would be too costly to match before it is stored: the pattern is tried, under
 * {@link RegexBudget}, on names built to make a backtracking expression explode (long runs of one kind of character
 * with a stray one at the end) and on ordinary account names.
 */
public final class RegexSafety {
    private static final List<String> PROBES = probes();

    private RegexSafety() {
    }

    /** @throws InvalidRuleException naming the pattern when one probe exhausts the budget */
    public static void requireAffordable(MappingRule rule) {
        if (rule.matchType() != MatchType.REGEX) {
            return;
        }
        Pattern pattern = RuleMatcher.compile(rule.pattern());
        for (String probe : PROBES) {
            try {
                RegexBudget.find(pattern, probe);
            } catch (RegexBudget.RegexTooCostlyException e) {
                throw new InvalidRuleException("pattern", "is too costly to match: on a name like '"
                        + probe.substring(0, Math.min(24, probe.length())) + "…' it needs more than "
                        + RegexBudget.STEPS_PER_MATCH + " steps; simplify nested repetitions such as (.*)* or (a+)+");
            }
        }
    }

    private static List<String> probes() {
        List<String> probes = new ArrayList<>(List.of("Payroll Expenses:Officer Salaries",
                "60000 · Payroll Expenses:60100 · Wages - Other", "Income:Managed Services:Non-Recurring Revenue"));
        for (String unit : List.of("a", "A", "1", " ", ":", ".", "-", "'", "·", "a ", "a1", "ab")) {
            String run = unit.repeat(160 / unit.length());
            probes.add(run);
            probes.add(run + "!");
            probes.add(run + "\n");
        }
        return List.copyOf(probes);
    }
}
