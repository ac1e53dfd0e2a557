package dev.qbrsync.http;

import dev.qbrsync.core.access.ApiAccess;
import dev.qbrsync.core.access.BrowserAccess;
import dev.qbrsync.core.access.FirstAdminSetup;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.exchange.WebConnector;
import dev.qbrsync.core.mapping.MappingAdministration;
import dev.qbrsync.core.metrics.AccountsReview;
import dev.qbrsync.core.metrics.RuleChangePreview;
import dev.qbrsync.core.overview.SyncOverview;
import dev.qbrsync.http.soap.QwcFiles;

/**
 * The use cases the HTTP routes call, what {@code /health/ready} checks and where monitoring goes; the adapter holds
 * no business rules of its own.
 */
public record HttpServices(WebConnector webConnector, MappingAdministration mappings, AccountsReview accountsReview,
                           SyncOverview overview, ApiAccess apiAccess, RuleChangePreview ruleChangePreview,
                           BrowserAccess browserAccess, CompanyAdministration companies, ReadinessCheck readiness,
                           Monitoring monitoring, FirstAdminSetup firstAdminSetup, QwcFiles qwcFiles) {
}
