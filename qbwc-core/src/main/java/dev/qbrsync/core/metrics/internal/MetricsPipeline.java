package dev.qbrsync.core.metrics.internal;

import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.internal.MappingEngine;
import dev.qbrsync.core.report.ProfitAndLossReport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way figures come from a report, for a sync and for a recalculation alike: report and rules, to each account
 * with its mapping, to monthly metrics and their reconciliation. The rules are compiled into an engine once per rule
 * set, not once per report.
 */
public final class MetricsPipeline {
    /** Companies with rules of their own each have their own rule set; a few engines stay compiled. */
    private static final int COMPILED_RULE_SETS = 32;

    private final MetricCalculator calculator = new MetricCalculator();
    private final Map<List<MappingRule>, MappingEngine> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<MappingRule>, MappingEngine> eldest) {
            return size() > COMPILED_RULE_SETS;
        }
    };

    public ReportFigures figures(ProfitAndLossReport report, List<MappingRule> rules) {
        List<MappedAccount> mapped = engineFor(rules).mapAll(report.accounts());
        return ReportFigures.of(mapped, calculator.calculate(report, mapped));
    }

    private synchronized MappingEngine engineFor(List<MappingRule> rules) {
        return compiled.computeIfAbsent(List.copyOf(rules), MappingEngine::new);
    }
}
