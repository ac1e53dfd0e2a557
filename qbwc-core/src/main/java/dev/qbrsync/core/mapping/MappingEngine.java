package dev.qbrsync.core.mapping;

import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ReportSection;

import java.util.List;
import java.util.Optional;

/**
 * Maps accounts to metrics under a set of rules. An account takes the winning rule that matches it (see
 * {@link RulePrecedence}); failing that, the rule of its nearest ancestor that one matches; failing that, its section's
 * {@link CatchAll}.
 */
public final class MappingEngine {
    private final List<RuleMatcher> matchersByPrecedence;

    public MappingEngine(List<MappingRule> rules) {
        this.matchersByPrecedence = rules.stream()
                .sorted(RulePrecedence.WINNER_FIRST)
                .map(RuleMatcher::new)
                .toList();
    }

    /** Every account next to its mapping, in report order. */
    public List<MappedAccount> mapAll(List<AccountLine> accounts) {
        return accounts.stream().map(account -> new MappedAccount(account, map(account))).toList();
    }

    public AccountMapping map(AccountLine account) {
        Optional<MappingRule> own = winningRule(account);
        if (own.isPresent()) {
            return new AccountMapping(account.fullName(), account.section(), own.get().metric(), MappingSource.RULE,
                    own.get());
        }
        Optional<String> ancestor = account.parentFullName();
        while (ancestor.isPresent()) {
            AccountLine parent = new AccountLine(ancestor.get(), account.section(), java.util.Map.of());
            Optional<MappingRule> inherited = winningRule(parent);
            if (inherited.isPresent()) {
                return new AccountMapping(account.fullName(), account.section(), inherited.get().metric(),
                        MappingSource.INHERITED, inherited.get());
            }
            ancestor = parent.parentFullName();
        }
        return catchAll(account.fullName(), account.section());
    }

    private Optional<MappingRule> winningRule(AccountLine account) {
        return matchersByPrecedence.stream()
                .filter(matcher -> matcher.matches(account))
                .map(RuleMatcher::rule)
                .findFirst();
    }

    private static AccountMapping catchAll(String fullName, ReportSection section) {
        return new AccountMapping(fullName, section, CatchAll.metricFor(section), MappingSource.CATCH_ALL, null);
    }
}
