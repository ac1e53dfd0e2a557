package dev.qbrsync.app;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.access.AuthorizedPeople;
import dev.qbrsync.core.exchange.SyncEvents;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.persistence.JooqSessionRepository;
import dev.qbrsync.persistence.ServerInstance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The core on the PostgreSQL adapters, through the same builder embedders use. */
final class PostgresCore {
    private PostgresCore() {
    }

    static QbwcCore core(AppConfig config, PostgresAdapters adapters, Clock clock, UUID instanceId, SyncEvents events,
                         List<QuickBooksJob> jobs) {
        return QbwcCore.builder().clock(clock).settings(webConnectorSettings(config)).quickBooks(new QbxmlMessages())
                .companies(adapters.companies())
                .sessions(new JooqSessionRepository(adapters.database(), instanceId))
                .mappings(adapters.mappings())
                .metrics(adapters.metrics())
                .history(adapters.history())
                .ledger(adapters.ledger())
                .auditLog(adapters.auditLog())
                .accessKeys(adapters.apiTokens())
                .browserSessions(adapters.browserSessions())
                .loginFailures(adapters.loginFailures())
                .transactions(adapters.transactions())
                .passwords(new BcryptPasswords())
                .events(events)
                .ownerId(LegacyOwnerId.proposed(config.database().dataDirectory()))
                .silenceLimit(ServerInstance.SILENCE_LIMIT)
                .staleAfter(config.sync().staleAfter())
                .browserSessionLifetime(config.page().sessionLifetime())
                .authorizedPeople(config.page().signInProvider().map(SignInProviderConfig::people)
                        .orElse(AuthorizedPeople.NOBODY))
                .defaultCompany(CompositionRoot.DEFAULT_COMPANY)
                .jobs(jobs)
                .build();
    }

    private static WebConnectorSettings webConnectorSettings(AppConfig config) {
        AppConfig.Sync sync = config.sync();
        SyncPolicy policy = new SyncPolicy(sync.windowMonths(), sync.settleDays(), sync.refreshInterval(),
                sync.refreshInterval(), sync.maxMonthsPerRequest());
        AppConfig.WebConnector webConnector = config.webConnector();
        return new WebConnectorSettings(CompositionRoot.SERVER_VERSION, webConnector.minimumClientVersion(),
                webConnector.sessionTimeout(), policy, sync.reportBasis(), webConnector.minimumRunEvery());
    }
}
