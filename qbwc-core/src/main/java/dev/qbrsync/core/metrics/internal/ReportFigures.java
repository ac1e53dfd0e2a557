package dev.qbrsync.core.metrics.internal;

import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.Reconciliation;

import java.util.List;

/**
 * What one report comes to under a set of rules: each account with its mapping, the metrics of each month (the
 * employees metric excluded) and how each month reconciles with the report's Net Income.
 */
public record ReportFigures(List<MappedAccount> accounts, List<MonthlyMetrics> metrics,
                            List<Reconciliation> reconciliations) {

    public ReportFigures {
        accounts = List.copyOf(accounts);
        metrics = List.copyOf(metrics);
        reconciliations = List.copyOf(reconciliations);
    }

    static ReportFigures of(List<MappedAccount> accounts, List<MonthlyCalculation> months) {
        return new ReportFigures(accounts, months.stream().map(MonthlyCalculation::metrics).toList(),
                months.stream().map(MonthlyCalculation::reconciliation).toList());
    }

    public boolean balanced() {
        return reconciliations.stream().allMatch(Reconciliation::isBalanced);
    }
}
