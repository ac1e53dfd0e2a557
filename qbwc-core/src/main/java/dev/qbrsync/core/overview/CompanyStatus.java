package dev.qbrsync.core.overview;

import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.session.SessionState;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Where one company's sync stands.
 *
 * @param lastSessionState  state of its latest session, null when it never synced
 * @param lastSuccessAt     when it last synced successfully ({@link SyncOverview#lastSuccessfulSyncs}), null if never
 * @param stale             no successful sync for longer than the threshold (or never one)
 * @param monthsSynced      months of the window with stored figures
 * @param monthsDue         months the next session would fetch
 * @param reconciliations   of the latest stored P&L
 * @param keptValues        values people entered that the latest P&L did not overwrite, with QuickBooks' figures
 */
public record CompanyStatus(
        CompanyId companyId,
        String companyName,
        Instant lastSessionAt,
        SessionState lastSessionState,
        String lastError,
        Instant lastSuccessAt,
        boolean stale,
        List<YearMonth> monthsSynced,
        List<YearMonth> monthsDue,
        Instant employeesSyncedAt,
        List<Reconciliation> reconciliations,
        List<KeptValue> keptValues) {

    public CompanyStatus {
        monthsSynced = List.copyOf(monthsSynced);
        monthsDue = List.copyOf(monthsDue);
        reconciliations = List.copyOf(reconciliations);
        keptValues = List.copyOf(keptValues);
        lastError = lastError == null ? "" : lastError;
        companyName = companyName == null ? "" : companyName;
    }
}
