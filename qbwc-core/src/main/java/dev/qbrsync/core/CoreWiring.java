package dev.qbrsync.core;

import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.access.BrowserAccessService;
import dev.qbrsync.core.access.internal.CredentialCheckPool;
import dev.qbrsync.core.access.internal.DirectoryCredentials;
import dev.qbrsync.core.access.internal.LoginThrottle;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.internal.FileBinding;
import dev.qbrsync.core.exchange.AbandonedSessions;
import dev.qbrsync.core.exchange.ClientVersionPolicy;
import dev.qbrsync.core.exchange.JobExchange;
import dev.qbrsync.core.exchange.Login;
import dev.qbrsync.core.exchange.RequestExchange;
import dev.qbrsync.core.exchange.SessionJobs;
import dev.qbrsync.core.exchange.SessionOutcomes;
import dev.qbrsync.core.exchange.WebConnectorService;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.job.internal.Jobs;
import dev.qbrsync.core.mapping.MappingAdministrationService;
import dev.qbrsync.core.metrics.AccountsReview;
import dev.qbrsync.core.metrics.RuleChangePreview;
import dev.qbrsync.core.metrics.internal.Headcount;
import dev.qbrsync.core.metrics.internal.MetricsPipeline;
import dev.qbrsync.core.metrics.internal.MetricsRecalculator;
import dev.qbrsync.core.overview.SyncOverviewService;
import dev.qbrsync.core.plan.internal.SyncPlanner;
import dev.qbrsync.core.session.internal.TicketCheck;

/** The one place the core's services are made, from what a {@link QbwcCoreBuilder} was given. */
final class CoreWiring {
    private final QbwcCoreBuilder given;
    private final WebConnectorSettings settings;
    private final Auditor auditor;
    private final SyncPlanner planner;
    private final MetricsPipeline pipeline = new MetricsPipeline();

    CoreWiring(QbwcCoreBuilder given) {
        this.given = given;
        this.settings = given.settings;
        this.auditor = new Auditor(given.auditLog, given.clock);
        this.planner = new SyncPlanner(settings.syncPolicy(), given.clock);
    }

    QbwcCore.UseCases useCases() {
        AbandonedSessions abandoned = new AbandonedSessions(given.sessions, given.history, given.transactions,
                given.clock, given.silenceLimit, given.events);
        CredentialCheckPool passwordChecks = new CredentialCheckPool(
                new DirectoryCredentials(given.companies, given.passwords), given.passwordCheckThreads,
                CredentialCheckPool.DEFAULT_QUEUE);
        ApiAccessService apiAccess = new ApiAccessService(given.accessKeys, auditor, given.clock);
        Jobs jobs = new Jobs(given.jobs);
        JobExchange jobExchange = new JobExchange(jobs, given.quickBooks, given.transactions, given.history,
                given.clock, settings.sessionTimeout());
        return new QbwcCore.UseCases(webConnector(passwordChecks, abandoned, jobs, jobExchange),
                new MappingAdministrationService(given.mappings, given.companies, given.transactions,
                        new MetricsRecalculator(given.storedReports, given.metrics, given.ledger, pipeline)),
                new AccountsReview(given.storedReports, given.mappings, pipeline),
                new RuleChangePreview(given.storedReports, given.mappings, pipeline),
                new SyncOverviewService(given.sessions, given.metrics, given.history, given.ledger, planner,
                        given.companies, given.defaultCompany, given.clock, given.staleAfter),
                apiAccess,
                new BrowserAccessService(apiAccess, given.accessKeys, given.browserSessions, auditor, given.clock,
                        given.browserSessionLifetime, given.authorizedPeople),
                new CompanyAdministration(given.companies, given.passwords, auditor),
                abandoned, jobExchange, passwordChecks);
    }

    private WebConnectorService webConnector(CredentialCheckPool passwordChecks, AbandonedSessions abandoned,
                                             Jobs jobs, JobExchange jobExchange) {
        TicketCheck ticketCheck = new TicketCheck(given.sessions, given.clock, settings.sessionTimeout());
        SessionOutcomes outcomes = new SessionOutcomes(given.sessions, auditor, given.clock);
        SessionJobs sessionJobs = new SessionJobs(given.quickBooks, given.mappings, given.metrics, given.history,
                given.ledger, given.transactions, planner, pipeline, given.clock, jobs, jobExchange);
        Login login = new Login(passwordChecks, new LoginThrottle(given.loginFailures, given.clock), sessionJobs,
                given.tickets, given.sessions, abandoned, auditor, given.clock, settings.sessionTimeout(),
                settings.minimumRunEvery());
        RequestExchange exchange = new RequestExchange(ticketCheck, given.quickBooks, sessionJobs, outcomes,
                auditor, given.clock, settings.reportBasis(),
                new FileBinding(given.companies, given.companies.ownerId(given.proposedOwnerId)), given.events);
        return new WebConnectorService(settings.serverVersion(),
                new ClientVersionPolicy(settings.minimumClientVersion()), login, exchange, ticketCheck, outcomes,
                auditor, given.clock, given.events);
    }
}
