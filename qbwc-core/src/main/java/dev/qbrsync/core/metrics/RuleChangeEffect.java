package dev.qbrsync.core.metrics;

import dev.qbrsync.core.mapping.AccountMapping;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.AccountLine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a rule change would do to a company's figures: the accounts that would land in another metric, and every
 * metric of every month whose value would change.
 */
public record RuleChangeEffect(List<AccountChange> accounts, List<MetricChange> metrics) {

    public RuleChangeEffect {
        accounts = List.copyOf(accounts);
        metrics = List.copyOf(metrics);
    }

    /**
     * An account that would move, with its amounts in the months whose figures would move with it.
     */
    public record AccountChange(AccountLine account, AccountMapping before, AccountMapping after) {
    }

    public record MetricChange(YearMonth month, MetricKey key, BigDecimal before, BigDecimal after) {
        public BigDecimal change() {
            return after.subtract(before);
        }
    }
}
