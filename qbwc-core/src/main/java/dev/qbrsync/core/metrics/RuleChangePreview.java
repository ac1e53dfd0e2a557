package dev.qbrsync.core.metrics;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.mapping.InvalidRuleException;
import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.RuleChange;
import dev.qbrsync.core.metrics.internal.MetricsPipeline;
import dev.qbrsync.core.metrics.internal.ReportFigures;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.AccountLine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a rule change would do, before it is saved: the figures of the newest stored report of each month under the
 * rules as they are and as they would be, through the same pipeline a recalculation uses. Nothing is stored.
 */
public final class RuleChangePreview {
    private static final Comparator<RuleChangeEffect.MetricChange> BY_MONTH_AND_KEY = Comparator
            .comparing(RuleChangeEffect.MetricChange::month).thenComparing(RuleChangeEffect.MetricChange::key);

    private final StoredReports reports;
    private final MappingRepository mappings;
    private final MetricsPipeline pipeline;

    public RuleChangePreview(StoredReports reports, MappingRepository mappings, MetricsPipeline pipeline) {
        this.reports = reports;
        this.mappings = mappings;
        this.pipeline = pipeline;
    }

    /**
     * The effect of the change on the company's figures; empty when the change names a rule that does not map the
     * company's accounts.
     *
     * @throws dev.qbrsync.core.mapping.InvalidRuleException when the changed or new rule is not acceptable
     * @throws dev.qbrsync.core.company.NotPermittedException when the caller may not see the company
     */
    public Optional<RuleChangeEffect> preview(CompanyScope scope, CompanyId company, RuleChange change) {
        scope.require(company);
        if (change instanceof RuleChange.Create create && !create.rule().appliesTo(company)) {
            throw new InvalidRuleException("company", "a rule of company " + create.rule().company()
                    + " changes nothing of company " + company + "; preview it for its own company");
        }
        List<MappingRule> current = mappings.rulesFor(company);
        return change.applyTo(current).map(proposed -> effect(company, current, proposed));
    }

    private RuleChangeEffect effect(CompanyId companyId, List<MappingRule> current, List<MappingRule> proposed) {
        List<StoredReports.NewestReport> newest = reports.newestPerMonth(companyId);
        // Every report under one rule set, then under the other: the pipeline compiles each set once.
        List<ReportFigures> before = newest.stream().map(report -> pipeline.figures(report.stored().report(), current))
                .toList();
        List<ReportFigures> after = newest.stream().map(report -> pipeline.figures(report.stored().report(), proposed))
                .toList();
        Map<String, RuleChangeEffect.AccountChange> moved = new LinkedHashMap<>();
        List<RuleChangeEffect.MetricChange> metrics = new ArrayList<>();
        for (int i = 0; i < newest.size(); i++) {
            Set<YearMonth> months = newest.get(i).newestFor();
            addMovedAccounts(before.get(i).accounts(), after.get(i).accounts(), months, moved);
            addChangedMetrics(before.get(i).metrics(), after.get(i).metrics(), months, metrics);
        }
        metrics.sort(BY_MONTH_AND_KEY);
        return new RuleChangeEffect(List.copyOf(moved.values()), metrics);
    }

    /** Accounts are listed once, with their amounts of every month whose newest report holds them. */
    private static void addMovedAccounts(List<MappedAccount> before, List<MappedAccount> after, Set<YearMonth> months,
                                         Map<String, RuleChangeEffect.AccountChange> moved) {
        for (int i = 0; i < before.size(); i++) {
            MappedAccount was = before.get(i);
            MappedAccount becomes = after.get(i);
            if (was.mapping().metric() == becomes.mapping().metric()) {
                continue;
            }
            AccountLine account = was.account();
            String key = account.section() + ":" + account.fullName();
            Map<YearMonth, BigDecimal> amounts = new TreeMap<>();
            RuleChangeEffect.AccountChange earlier = moved.get(key);
            if (earlier != null) {
                amounts.putAll(earlier.account().amounts());
            }
            account.amounts().forEach((month, amount) -> {
                if (months.contains(month)) {
                    amounts.put(month, amount);
                }
            });
            moved.put(key, new RuleChangeEffect.AccountChange(new AccountLine(account.fullName(), account.section(),
                    amounts, account.displayPath()), was.mapping(), becomes.mapping()));
        }
    }

    private static void addChangedMetrics(List<MonthlyMetrics> before, List<MonthlyMetrics> after,
                                          Set<YearMonth> months, List<RuleChangeEffect.MetricChange> changes) {
        for (int i = 0; i < before.size(); i++) {
            MonthlyMetrics was = before.get(i);
            if (!months.contains(was.month())) {
                continue;
            }
            for (Map.Entry<MetricKey, BigDecimal> value : was.values().entrySet()) {
                BigDecimal becomes = after.get(i).value(value.getKey()).orElse(value.getValue());
                if (becomes.compareTo(value.getValue()) != 0) {
                    changes.add(new RuleChangeEffect.MetricChange(was.month(), value.getKey(), value.getValue(),
                            becomes));
                }
            }
        }
    }
}
