package dev.qbrsync.core.metrics.internal;

import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.internal.RuleChangeRecalculation;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredReports;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recomputes stored metrics from stored reports under changed rules, so a mapping change shows at once without
 * waiting for QuickBooks. Each month comes from the newest stored report that covers it. The figures are computed
 * before the rule change's transaction and written inside it; if the rules or the newest reports changed in between
 * (another change, a sync), they are computed again there.
 */
public final class MetricsRecalculator implements RuleChangeRecalculation {
    private final StoredReports reports;
    private final MetricsRepository metrics;
    private final SyncLedger ledger;
    private final MetricsPipeline pipeline;

    public MetricsRecalculator(StoredReports reports, MetricsRepository metrics, SyncLedger ledger,
                               MetricsPipeline pipeline) {
        this.reports = reports;
        this.metrics = metrics;
        this.ledger = ledger;
        this.pipeline = pipeline;
    }

    private record Recalculated(CompanyId companyId, Map<YearMonth, Long> basedOn, List<MonthlyMetrics> metrics) {
    }

    /** Only companies with stored reports have metrics to recalculate. */
    @Override
    public List<CompanyId> companiesAffectedBy(CompanyId company) {
        List<CompanyId> synced = ledger.companies();
        return company == null ? synced : synced.stream().filter(company::equals).toList();
    }

    @Override
    public Prepared prepare(Map<CompanyId, List<MappingRule>> proposedRules) {
        List<Recalculated> prepared = proposedRules.entrySet().stream()
                .map(proposal -> recalculate(proposal.getKey(), proposal.getValue()))
                .toList();
        return rulesAfter -> prepared.forEach(recalculated -> store(recalculated,
                proposedRules.get(recalculated.companyId()), rulesAfter.apply(recalculated.companyId())));
    }

    private void store(Recalculated recalculated, List<MappingRule> proposedRules, List<MappingRule> rulesAfter) {
        CompanyId company = recalculated.companyId();
        metrics.lockCompanyForWrite(company);
        boolean unchanged = withoutIds(proposedRules).equals(withoutIds(rulesAfter))
                && recalculated.basedOn().equals(reports.newestIdPerMonth(company));
        Recalculated current = unchanged ? recalculated : recalculate(company, rulesAfter);
        if (!current.metrics().isEmpty()) {
            metrics.storeQuickBooksFigures(company, current.metrics());
        }
    }

    private Recalculated recalculate(CompanyId companyId, List<MappingRule> rules) {
        Map<YearMonth, Long> basedOn = reports.newestIdPerMonth(companyId);
        List<MonthlyMetrics> newest = new ArrayList<>();
        for (StoredReports.NewestReport report : reports.newestPerMonth(companyId)) {
            pipeline.figures(report.stored().report(), rules).metrics().stream()
                    .filter(monthly -> report.newestFor().contains(monthly.month()))
                    .forEach(newest::add);
        }
        return new Recalculated(companyId, basedOn, newest);
    }

    private static List<MappingRule> withoutIds(List<MappingRule> rules) {
        return rules.stream().map(MappingRule::withoutId).toList();
    }
}
