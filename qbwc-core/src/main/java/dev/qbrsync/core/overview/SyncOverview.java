package dev.qbrsync.core.overview;

import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.metrics.StoredMetric;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read models for the status, history and metrics pages, and the resync request. */
public interface SyncOverview {

    /** The company API calls that name none are about. */
    String defaultCompany();

    /** One status per known company. */
    List<CompanyStatus> status();

    /**
     * When each company last synced successfully: the last call of its newest session that had nothing to do or
     * stored every request. Companies that never did are absent.
     */
    Map<String, Instant> lastSuccessfulSyncs();

    Page<HistorySummary> history(HistoryQuery query);

    /** One history entry whole, if it exists and belongs to the company. */
    java.util.Optional<SyncHistoryEntry> historyEntry(String companyId, long id);

    List<StoredMetric> metrics(String companyId, YearMonth first, YearMonth last);

    /** The months the sync keeps current, oldest first: the default range of metric queries. */
    List<YearMonth> window();

    /**
     * Asks the next Web Connector session to fetch these months again, settled or not.
     *
     * @throws dev.qbrsync.core.qbr.InvalidInputException naming {@code months} when one is outside the window
     */
    void requestResync(String companyId, Collection<YearMonth> months);
}
