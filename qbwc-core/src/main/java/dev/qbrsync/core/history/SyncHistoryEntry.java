package dev.qbrsync.core.history;

import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One QuickBooks response as received and what became of it. The raw payload may be purged after a retention period;
 * the parsed data, reconciliation and outcome are kept.
 *
 * @param id             null until stored
 * @param periodFirst    first month asked for (null for the employee list)
 * @param rawResponse    the qbXML as received, null once purged
 * @param report         the parsed P&L, for P&L responses that could be read
 * @param roster         the parsed employee list, for employee responses that could be read
 * @param metricsUpdated how many metric values the response wrote
 * @param keptValues     values people entered that were kept instead of QuickBooks' figures
 */
public record SyncHistoryEntry(
        Long id,
        CompanyId companyId,
        UUID sessionId,
        SyncType type,
        YearMonth periodFirst,
        YearMonth periodLast,
        String rawResponse,
        ProfitAndLossReport report,
        EmployeeRoster roster,
        List<Reconciliation> reconciliations,
        SyncOutcome outcome,
        String message,
        Instant createdAt,
        int metricsUpdated,
        List<KeptValue> keptValues) {

    public SyncHistoryEntry {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(createdAt, "createdAt");
        reconciliations = reconciliations == null ? List.of() : List.copyOf(reconciliations);
        message = message == null ? "" : message;
        keptValues = keptValues == null ? List.of() : List.copyOf(keptValues);
    }

    /** An entry that wrote no metric values. */
    public SyncHistoryEntry(Long id, CompanyId companyId, UUID sessionId, SyncType type, YearMonth periodFirst,
                            YearMonth periodLast, String rawResponse, ProfitAndLossReport report, EmployeeRoster roster,
                            List<Reconciliation> reconciliations, SyncOutcome outcome, String message,
                            Instant createdAt) {
        this(id, companyId, sessionId, type, periodFirst, periodLast, rawResponse, report, roster, reconciliations,
                outcome, message, createdAt, 0, List.of());
    }

    public SyncHistoryEntry withId(long newId) {
        return new SyncHistoryEntry(newId, companyId, sessionId, type, periodFirst, periodLast, rawResponse, report,
                roster, reconciliations, outcome, message, createdAt, metricsUpdated, keptValues);
    }

    /** The same entry after the retention period purged its raw payload. */
    public SyncHistoryEntry withoutRawResponse() {
        return new SyncHistoryEntry(id, companyId, sessionId, type, periodFirst, periodLast, null, report, roster,
                reconciliations, outcome, message, createdAt, metricsUpdated, keptValues);
    }

    /** The entry as a listing shows it. */
    public HistorySummary summary() {
        return new HistorySummary(id, companyId, sessionId, type, periodFirst, periodLast, outcome, message, createdAt,
                rawResponse != null, metricsUpdated, reconciliations, keptValues);
    }

    public Optional<ProfitAndLossReport> profitAndLoss() {
        return Optional.ofNullable(report);
    }

    public Optional<EmployeeRoster> employees() {
        return Optional.ofNullable(roster);
    }

    public Optional<String> raw() {
        return Optional.ofNullable(rawResponse);
    }
}
