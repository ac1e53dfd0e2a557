package dev.qbrsync.core.overview;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read models for the status, history and metrics pages, and the resync request. */
public interface SyncOverview {

    /**
     * The company API calls that name none are about: the caller's only company when it may see just one, else the
     * installation's default; empty when it has none.
     */
    Optional<CompanyId> defaultCompany(CompanyScope scope);

    /** Whether the key names a company of this installation or one the dashboard's tables hold months for. */
    boolean knowsCompany(CompanyId companyId);

    /** One status per company the caller may see. */
    List<CompanyStatus> status(CompanyScope scope);

    /**
     * When each company last synced successfully: the last call of its newest session that had nothing to do or
     * stored every request. Companies that never did are absent. For the installation's monitoring, which names
     * companies by id only.
     */
    Map<CompanyId, Instant> lastSuccessfulSyncs();

    Page<HistorySummary> history(CompanyScope scope, HistoryQuery query);

    /** One history entry whole, if it exists and belongs to the company. */
    java.util.Optional<SyncHistoryEntry> historyEntry(CompanyScope scope, CompanyId companyId, long id);

    List<StoredMetric> metrics(CompanyScope scope, CompanyId companyId, YearMonth first, YearMonth last);

    /** The months the sync keeps current, oldest first: the default range of metric queries. */
    List<YearMonth> window();

    /**
     * Asks the next Web Connector session to fetch these months again, settled or not.
     *
     * @throws dev.qbrsync.core.qbr.InvalidInputException naming {@code months} when one is outside the window
     */
    void requestResync(CompanyScope scope, CompanyId companyId, Collection<YearMonth> months);
}
