package dev.qbrsync.core.history;

import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;

/**
 * Every QuickBooks response received, with its parsed data and outcome, for review. Adapters also serve the stored
 * reports for recalculation ({@link dev.qbrsync.core.metrics.StoredReports}).
 */
public interface SyncHistory {

    /** Stores an entry whose id is null and returns it with its new id. */
    SyncHistoryEntry record(SyncHistoryEntry entry);

    /** The query's company's entries, newest first, without raw payloads or parsed data. */
    Page<HistorySummary> find(HistoryQuery query);

    /** The newest stored (not failed) entry of a company and type, as a listing shows it. */
    java.util.Optional<HistorySummary> latestStored(CompanyId companyId, SyncType type);

    /** One entry of the company whole, with its raw payload (unless purged) and parsed data. */
    java.util.Optional<SyncHistoryEntry> entry(CompanyId companyId, long id);

    /** The newest stored employee list of a company. */
    java.util.Optional<SyncHistoryEntry> latestRoster(CompanyId companyId);

    /** Deletes raw payloads of entries created before {@code cutoff}, keeping parsed data; returns how many. */
    int purgeRawPayloadsBefore(Instant cutoff);
}
