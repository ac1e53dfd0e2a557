package dev.qbrsync.core.service;

import dev.qbrsync.core.mapping.MappingEngine;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.metrics.EmployeeCounter;
import dev.qbrsync.core.metrics.MetricCalculator;
import dev.qbrsync.core.metrics.MetricKey;
import dev.qbrsync.core.metrics.MonthlyCalculation;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The metrics of stored data: a report under the current rules, and employee counts from a roster. */
final class ReportMetrics {
    private final MetricCalculator calculator = new MetricCalculator();
    private final EmployeeCounter employeeCounter = new EmployeeCounter();

    /** Result of one report: metrics per month (employees excluded) and reconciliation per month. */
    record Result(List<MonthlyMetrics> metrics, List<Reconciliation> reconciliations) {
        boolean balanced() {
            return reconciliations.stream().allMatch(Reconciliation::isBalanced);
        }
    }

    Result ofReport(ProfitAndLossReport report, List<MappingRule> rules) {
        List<MonthlyCalculation> months = calculator.calculate(report,
                new MappingEngine(rules).mapAll(report.accounts()));
        return new Result(
                months.stream().map(MonthlyCalculation::metrics).toList(),
                months.stream().map(MonthlyCalculation::reconciliation).toList());
    }

    /** The employees metric alone, for each month. */
    List<MonthlyMetrics> employees(EmployeeRoster roster, Collection<YearMonth> months, LocalDate today) {
        return months.stream().map(month -> {
            Map<MetricKey, BigDecimal> values = new EnumMap<>(MetricKey.class);
            values.put(MetricKey.EMPLOYEES, BigDecimal.valueOf(employeeCounter.count(roster, month, today), 0)
                    .setScale(2));
            return new MonthlyMetrics(month, values);
        }).toList();
    }
}
