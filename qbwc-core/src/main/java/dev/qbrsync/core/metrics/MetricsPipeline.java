package dev.qbrsync.core.metrics;

import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.mapping.MappingEngine;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.report.ProfitAndLossReport;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one way figures come from a report, for a sync and for a recalculation alike: report and rules, to each account
 * with its mapping, to monthly metrics and their reconciliation. The rules are compiled into an engine once per rule
 * set, not once per report.
 */
public final class MetricsPipeline {
    private final MetricCalculator calculator = new MetricCalculator();
    private final AtomicReference<CompiledRules> compiled = new AtomicReference<>(new CompiledRules(null, null));

    private record CompiledRules(List<MappingRule> rules, MappingEngine engine) {
    }

    public ReportFigures figures(ProfitAndLossReport report, List<MappingRule> rules) {
        List<MappedAccount> mapped = engineFor(rules).mapAll(report.accounts());
        return ReportFigures.of(mapped, calculator.calculate(report, mapped));
    }

    private MappingEngine engineFor(List<MappingRule> rules) {
        CompiledRules current = compiled.get();
        if (rules.equals(current.rules())) {
            return current.engine();
        }
        CompiledRules fresh = new CompiledRules(List.copyOf(rules), new MappingEngine(rules));
        compiled.set(fresh);
        return fresh.engine();
    }
}
