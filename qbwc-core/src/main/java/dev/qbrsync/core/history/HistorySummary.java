package dev.qbrsync.core.history;

import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A history entry as a listing shows it: what was asked, how it ended and why, but neither the raw payload nor the
 * parsed report, which can be megabytes each ({@link SyncHistory#entry} has them).
 */
public record HistorySummary(
        long id,
        CompanyId companyId,
        UUID sessionId,
        SyncType type,
        YearMonth periodFirst,
        YearMonth periodLast,
        SyncOutcome outcome,
        String message,
        Instant createdAt,
        boolean rawResponseKept,
        int metricsUpdated,
        List<Reconciliation> reconciliations,
        List<KeptValue> keptValues) {

    public HistorySummary {
        message = message == null ? "" : message;
        reconciliations = List.copyOf(reconciliations);
        keptValues = List.copyOf(keptValues);
    }
}
