package dev.qbrsync.core.service;

import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.plan.CompanySyncState;
import dev.qbrsync.core.plan.SyncPlanner;
import dev.qbrsync.core.port.MetricsRepository;
import dev.qbrsync.core.port.SessionRepository;
import dev.qbrsync.core.port.SyncHistory;
import dev.qbrsync.core.port.SyncLedger;
import dev.qbrsync.core.session.WebConnectorSession;
import dev.qbrsync.core.usecase.CompanyStatus;
import dev.qbrsync.core.usecase.SyncOverview;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Status, history and metrics for the REST API, and users' resync requests. */
public final class SyncOverviewService implements SyncOverview {
    private final SessionRepository sessions;
    private final MetricsRepository metrics;
    private final SyncHistory history;
    private final SyncLedger ledger;
    private final SyncPlanner planner;
    private final String defaultCompanyId;

    public SyncOverviewService(CorePorts ports, WebConnectorSettings settings, String defaultCompanyId, Clock clock) {
        this.sessions = ports.sessions();
        this.metrics = ports.metrics();
        this.history = ports.history();
        this.ledger = ports.ledger();
        this.planner = new SyncPlanner(settings.syncPolicy(), clock);
        this.defaultCompanyId = defaultCompanyId;
    }

    @Override
    public List<CompanyStatus> status() {
        TreeSet<String> companies = new TreeSet<>(ledger.companies());
        companies.add(defaultCompanyId);
        return companies.stream().map(this::statusOf).toList();
    }

    private CompanyStatus statusOf(String companyId) {
        CompanySyncState state = ledger.load(companyId);
        Optional<WebConnectorSession> lastSession = sessions.latestForCompany(companyId);
        List<YearMonth> synced = planner.window().stream().filter(month -> state.lastSynced(month).isPresent()).toList();
        Optional<SyncHistoryEntry> latestReport = history.storedReports(companyId).stream().findFirst();
        return new CompanyStatus(
                companyId,
                lastSession.map(WebConnectorSession::lastActivityAt).orElse(null),
                lastSession.map(WebConnectorSession::state).orElse(null),
                lastSession.map(WebConnectorSession::lastError).orElse(""),
                synced,
                planner.dueMonths(state),
                state.employeesSyncedAt().orElse(null),
                latestReport.map(SyncHistoryEntry::reconciliations).orElse(List.of()));
    }

    @Override
    public Page<SyncHistoryEntry> history(HistoryQuery query) {
        return history.find(query);
    }

    @Override
    public List<StoredMetric> metrics(String companyId, YearMonth first, YearMonth last) {
        return metrics.find(companyId, first, last);
    }

    @Override
    public List<YearMonth> window() {
        return planner.window();
    }

    @Override
    public void requestResync(String companyId, Collection<YearMonth> months) {
        ledger.requestResync(companyId, months);
    }
}
