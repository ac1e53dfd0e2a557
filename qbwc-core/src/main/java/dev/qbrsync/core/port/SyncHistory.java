package dev.qbrsync.core.port;

import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistoryEntry;

import java.time.Instant;
import java.util.List;

/** Every QuickBooks response received, with its parsed data and outcome, for review and recalculation. */
public interface SyncHistory {

    /** Stores an entry whose id is null and returns it with its new id. */
    SyncHistoryEntry record(SyncHistoryEntry entry);

    /** Newest first. */
    Page<SyncHistoryEntry> find(HistoryQuery query);

    /** Successful and warning P&L entries of a company, newest first, with their parsed reports. */
    List<SyncHistoryEntry> storedReports(String companyId);

    /** The newest stored employee list of a company. */
    java.util.Optional<SyncHistoryEntry> latestRoster(String companyId);

    /** Deletes raw payloads of entries created before {@code cutoff}, keeping parsed data; returns how many. */
    int purgeRawPayloadsBefore(Instant cutoff);
}
