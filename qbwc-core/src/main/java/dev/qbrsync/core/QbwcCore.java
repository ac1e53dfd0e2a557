package dev.qbrsync.core;

import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.access.BrowserAccessService;
import dev.qbrsync.core.access.internal.CredentialCheckPool;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.exchange.AbandonedSessions;
import dev.qbrsync.core.exchange.JobExchange;
import dev.qbrsync.core.exchange.WebConnectorService;
import dev.qbrsync.core.mapping.MappingAdministrationService;
import dev.qbrsync.core.metrics.AccountsReview;
import dev.qbrsync.core.metrics.RuleChangePreview;
import dev.qbrsync.core.overview.SyncOverviewService;

/**
 * The core, wired: every use case over the ports it was built with. Made by {@link #builder()}; closing it stops the
 * threads that check Web Connector passwords.
 *
 * <pre>{@code
 * try (QbwcCore core = QbwcCore.builder().quickBooks(new QbxmlMessages()).build()) {
 *     core.companyAdministration().add(...);
 *     core.webConnector().authenticate(...);
 * }
 * }</pre>
 */
public final class QbwcCore implements AutoCloseable {
    private final WebConnectorService webConnector;
    private final MappingAdministrationService mappingAdministration;
    private final AccountsReview accountsReview;
    private final RuleChangePreview ruleChangePreview;
    private final SyncOverviewService overview;
    private final ApiAccessService apiAccess;
    private final BrowserAccessService browserAccess;
    private final CompanyAdministration companyAdministration;
    private final AbandonedSessions abandonedSessions;
    private final JobExchange jobExchange;
    private final CredentialCheckPool passwordChecks;

    QbwcCore(UseCases useCases) {
        this.webConnector = useCases.webConnector();
        this.mappingAdministration = useCases.mappingAdministration();
        this.accountsReview = useCases.accountsReview();
        this.ruleChangePreview = useCases.ruleChangePreview();
        this.overview = useCases.overview();
        this.apiAccess = useCases.apiAccess();
        this.browserAccess = useCases.browserAccess();
        this.companyAdministration = useCases.companyAdministration();
        this.abandonedSessions = useCases.abandonedSessions();
        this.jobExchange = useCases.jobExchange();
        this.passwordChecks = useCases.passwordChecks();
    }

    /** A builder with an in-memory default for every port; only the QuickBooks message format must be given. */
    public static QbwcCoreBuilder builder() {
        return new QbwcCoreBuilder();
    }

    /** The eight Web Connector calls. */
    public WebConnectorService webConnector() {
        return webConnector;
    }

    /** Mapping rules: list, add, change, delete, with their recalculation. */
    public MappingAdministrationService mappingAdministration() {
        return mappingAdministration;
    }

    /** Where each account of a stored report lands. */
    public AccountsReview accountsReview() {
        return accountsReview;
    }

    /** What a rule change would do, before it is made. */
    public RuleChangePreview ruleChangePreview() {
        return ruleChangePreview;
    }

    /** Status, history, metrics and resync requests. */
    public SyncOverviewService overview() {
        return overview;
    }

    /** REST API tokens. */
    public ApiAccessService apiAccess() {
        return apiAccess;
    }

    /** People's sessions on the finance page: signing in, who is signed in, signing out. */
    public BrowserAccessService browserAccess() {
        return browserAccess;
    }

    /** Adding and changing companies and their Web Connector logins. */
    public CompanyAdministration companyAdministration() {
        return companyAdministration;
    }

    /** Sessions whose instance went away, and closing them: a job to run every few seconds. */
    /** The embedders' own jobs in the Web Connector's sessions, and the iterator pages they hold. */
    public JobExchange jobExchange() {
        return jobExchange;
    }

    public AbandonedSessions abandonedSessions() {
        return abandonedSessions;
    }

    /** Stops the password-check threads; logins after this are refused as busy. */
    @Override
    public void close() {
        passwordChecks.close();
    }

    /** What {@link QbwcCoreBuilder#build()} wired. */
    record UseCases(WebConnectorService webConnector, MappingAdministrationService mappingAdministration,
                    AccountsReview accountsReview, RuleChangePreview ruleChangePreview, SyncOverviewService overview,
                    ApiAccessService apiAccess, BrowserAccessService browserAccess,
                    CompanyAdministration companyAdministration, AbandonedSessions abandonedSessions,
                    JobExchange jobExchange, CredentialCheckPool passwordChecks) {
    }
}
