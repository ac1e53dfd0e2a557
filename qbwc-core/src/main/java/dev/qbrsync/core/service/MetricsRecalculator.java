package dev.qbrsync.core.service;

import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.port.MappingRepository;
import dev.qbrsync.core.port.MetricsRepository;
import dev.qbrsync.core.port.SyncHistory;
import dev.qbrsync.core.port.SyncLedger;
import dev.qbrsync.core.report.ProfitAndLossReport;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recomputes stored metrics from stored reports under the current rules, so a mapping change shows at once without
 * waiting for QuickBooks. Each month comes from the newest stored report that covers it.
 */
final class MetricsRecalculator {
    private final MappingRepository mappings;
    private final MetricsRepository metrics;
    private final SyncHistory history;
    private final SyncLedger ledger;
    private final ReportMetrics reportMetrics;

    MetricsRecalculator(MappingRepository mappings, MetricsRepository metrics, SyncHistory history, SyncLedger ledger,
                        ReportMetrics reportMetrics) {
        this.mappings = mappings;
        this.metrics = metrics;
        this.history = history;
        this.ledger = ledger;
        this.reportMetrics = reportMetrics;
    }

    void recalculateAllCompanies() {
        List<MappingRule> rules = mappings.findAll();
        ledger.companies().forEach(company -> recalculate(company, rules));
    }

    private void recalculate(String companyId, List<MappingRule> rules) {
        Set<YearMonth> done = new HashSet<>();
        for (SyncHistoryEntry entry : history.storedReports(companyId)) {
            ProfitAndLossReport report = entry.profitAndLoss().orElse(null);
            if (report == null) {
                continue;
            }
            List<MonthlyMetrics> newest = reportMetrics.ofReport(report, rules).metrics().stream()
                    .filter(monthly -> done.add(monthly.month()))
                    .toList();
            if (!newest.isEmpty()) {
                metrics.upsert(companyId, StoredMetric.QUICKBOOKS, newest);
            }
        }
    }
}
