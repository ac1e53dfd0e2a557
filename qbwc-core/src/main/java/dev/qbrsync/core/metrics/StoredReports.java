package dev.qbrsync.core.metrics;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.report.ProfitAndLossReport;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The P&L reports a company has stored, read the way recalculation and review need them: by what is newest, never by
 * loading the whole history, so the cost follows the months kept, not the number of syncs.
 */
public interface StoredReports {

    /**
     * A stored report with the id of its history entry, its reconciliation when it was stored, and the values people
     * entered that were kept instead of its figures.
     */
    record StoredReport(long historyId, ProfitAndLossReport report, List<Reconciliation> reconciliations,
                        List<KeptValue> keptValues) {
        public StoredReport {
            reconciliations = List.copyOf(reconciliations);
            keptValues = List.copyOf(keptValues);
        }
    }

    /** A stored report and the months for which it holds the newest stored figures. */
    record NewestReport(StoredReport stored, Set<YearMonth> newestFor) {
        public NewestReport {
            newestFor = Set.copyOf(newestFor);
        }
    }

    /** For every month a stored report covers, which history entry holds its newest figures (no report is loaded). */
    Map<YearMonth, Long> newestIdPerMonth(CompanyId companyId);

    /** For every month a stored report covers, the newest report covering it, each report listed once. */
    List<NewestReport> newestPerMonth(CompanyId companyId);

    /** The newest stored report of the company. */
    Optional<StoredReport> latest(CompanyId companyId);
}
