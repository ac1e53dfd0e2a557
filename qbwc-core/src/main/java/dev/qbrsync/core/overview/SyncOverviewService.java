package dev.qbrsync.core.overview;

import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.plan.CompanySyncState;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.plan.internal.SyncPlanner;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Status, history and metrics for the REST API, and users' resync requests. A company whose last successful sync is
 * older than the stale threshold, or that never synced successfully, is flagged stale.
 */
public final class SyncOverviewService implements SyncOverview {
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(48);

    private final SessionRepository sessions;
    private final MetricsRepository metrics;
    private final SyncHistory history;
    private final SyncLedger ledger;
    private final SyncPlanner planner;
    private final CompanyDirectory companies;
    private final CompanyId defaultCompanyId;
    private final Clock clock;
    private final Duration staleAfter;

    public SyncOverviewService(SessionRepository sessions, MetricsRepository metrics, SyncHistory history,
                               SyncLedger ledger, SyncPlanner planner, CompanyDirectory companies,
                               CompanyId defaultCompanyId, Clock clock, Duration staleAfter) {
        this.companies = companies;
        this.sessions = sessions;
        this.metrics = metrics;
        this.history = history;
        this.ledger = ledger;
        this.planner = planner;
        this.defaultCompanyId = defaultCompanyId;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Override
    public Optional<CompanyId> defaultCompany(CompanyScope scope) {
        return scope.companies().size() == 1 && !scope.everyCompany() ? Optional.of(scope.companies().iterator().next())
                : Optional.ofNullable(defaultCompanyId);
    }

    @Override
    public boolean knowsCompany(CompanyId company) {
        return company != null && (companies.find(company).isPresent()
                || ledger.companies().contains(company));
    }

    /** The installation's companies, and any the dashboard's tables hold synced months for. */
    @Override
    public List<CompanyStatus> status(CompanyScope scope) {
        Map<CompanyId, String> names = new TreeMap<>();
        companies.list().forEach(company -> names.put(company.id(), company.name()));
        ledger.companies().forEach(company -> names.putIfAbsent(company, ""));
        Map<CompanyId, Instant> successes = sessions.lastSuccesses();
        Instant staleBefore = clock.instant().minus(staleAfter);
        return names.entrySet().stream().filter(company -> scope.permits(company.getKey()))
                .map(company -> statusOf(company.getKey(), company.getValue(), successes.get(company.getKey()),
                        staleBefore))
                .toList();
    }

    @Override
    public Map<CompanyId, Instant> lastSuccessfulSyncs() {
        return sessions.lastSuccesses();
    }

    private CompanyStatus statusOf(CompanyId companyId, String companyName, Instant lastSuccess, Instant staleBefore) {
        CompanySyncState state = ledger.load(companyId);
        Optional<WebConnectorSession> lastSession = sessions.latestForCompany(companyId);
        Optional<HistorySummary> latestReport = history.latestStored(companyId, SyncType.PROFIT_AND_LOSS);
        List<YearMonth> synced = planner.window().stream().filter(month -> state.lastSynced(month).isPresent())
                .toList();
        return new CompanyStatus(
                companyId,
                companyName,
                lastSession.map(WebConnectorSession::lastActivityAt).orElse(null),
                lastSession.map(WebConnectorSession::state).orElse(null),
                lastSession.map(WebConnectorSession::lastError).orElse(""),
                lastSuccess,
                lastSuccess == null || lastSuccess.isBefore(staleBefore),
                synced,
                planner.dueMonths(state),
                state.employeesSyncedAt().orElse(null),
                latestReport.map(HistorySummary::reconciliations).orElse(List.of()),
                latestReport.map(HistorySummary::keptValues).orElse(List.of()));
    }

    @Override
    public Page<HistorySummary> history(CompanyScope scope, HistoryQuery query) {
        scope.require(query.companyId());
        return history.find(query);
    }

    @Override
    public Optional<SyncHistoryEntry> historyEntry(CompanyScope scope, CompanyId company, long id) {
        scope.require(company);
        return history.entry(company, id);
    }

    @Override
    public List<StoredMetric> metrics(CompanyScope scope, CompanyId company, YearMonth first, YearMonth last) {
        scope.require(company);
        return metrics.find(company, first, last);
    }

    @Override
    public List<YearMonth> window() {
        return planner.window();
    }

    @Override
    public void requestResync(CompanyScope scope, CompanyId company, Collection<YearMonth> months) {
        scope.require(company);
        List<YearMonth> window = planner.window();
        Optional<YearMonth> outside = months.stream().filter(month -> !window.contains(month)).findFirst();
        if (outside.isPresent()) {
            throw new InvalidInputException("months", outside.get() + " is outside the sync window "
                    + window.get(0) + " to " + window.get(window.size() - 1) + "; only those months can be fetched");
        }
        ledger.requestResync(company, months);
    }
}
