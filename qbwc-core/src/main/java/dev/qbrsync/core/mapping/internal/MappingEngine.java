package dev.qbrsync.core.mapping.internal;

import dev.qbrsync.core.mapping.AccountMapping;
import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MappingSource;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ReportSection;

import java.util.List;
import java.util.Optional;

/**
 * Maps accounts to metrics under a set of rules. Rules read the account as the report shows it, normalized by
 * {@link AccountNames}: its own name, and its path of parents ({@code Income:Managed Services:Backup}). The winning rule
 * that matches the account itself decides (see {@link RulePrecedence}); failing that, the winning rule of its nearest
 * parent; failing that, its section's {@link CatchAll}.
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
        List<String> names = account.displayPath().stream().map(AccountNames::normalize).toList();
        for (int level = names.size(); level >= 1; level--) {
            Optional<MappingRule> winner = winningRule(account.section(), names.subList(0, level));
            if (winner.isPresent()) {
                MappingSource source = level == names.size() ? MappingSource.RULE : MappingSource.INHERITED;
                return new AccountMapping(account.fullName(), account.section(), winner.get().metric(), source,
                        winner.get());
            }
        }
        return new AccountMapping(account.fullName(), account.section(), CatchAll.metricFor(account.section()),
                MappingSource.CATCH_ALL, null);
    }

    /** The rule that wins for the account at the end of {@code path} (its name is the last segment). */
    private Optional<MappingRule> winningRule(ReportSection section, List<String> path) {
        String name = path.get(path.size() - 1);
        String joined = String.join(String.valueOf(AccountLine.PATH_SEPARATOR), path);
        RuleMatcher byName = null;
        RuleMatcher byPath = null;
        for (RuleMatcher matcher : matchersByPrecedence) {
            if (byName != null && byPath != null) {
                break;
            }
            if (!matcher.allows(section)) {
                continue;
            }
            if (byName == null && matcher.matches(name)) {
                byName = matcher;
            } else if (byPath == null && path.size() > 1 && matcher.matches(joined)) {
                byPath = matcher;
            }
        }
        return Optional.ofNullable(RulePrecedence.nameOrPath(byName, byPath)).map(RuleMatcher::rule);
    }
}
