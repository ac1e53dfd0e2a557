package dev.qbrsync.app;

import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.http.soap.QwcFiles;
import dev.qbrsync.persistence.JooqCompanyDirectory;
import dev.qbrsync.persistence.backup.DatabaseBackups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** What the command line (and a test) does to the database without a server: tokens, companies, backups. */
public final class Administration {
    private static final Logger LOG = LoggerFactory.getLogger(Administration.class);

    private final AppConfig config;
    private final PostgresAdapters adapters;
    private final Auditor auditor;
    private final ApiAccessService apiAccess;
    private final CompanyAdministration companyAdministration;

    Administration(AppConfig config, PostgresAdapters adapters, Clock clock) {
        this.config = config;
        this.adapters = adapters;
        this.auditor = new Auditor(adapters.auditLog(), clock);
        this.apiAccess = new ApiAccessService(adapters.apiTokens(), auditor, clock);
        this.companyAdministration = new CompanyAdministration(adapters.companies(), new BcryptPasswords(), auditor);
    }

    /** Records who did what, for every service that changes something. */
    Auditor auditor() {
        return auditor;
    }

    /** The REST API tokens. */
    public ApiAccessService apiAccess() {
        return apiAccess;
    }

    /** When each month was fetched, and which months a user asked to fetch again. */
    public SyncLedger ledger() {
        return adapters.ledger();
    }

    public JooqCompanyDirectory companyDirectory() {
        return adapters.companies();
    }

    /** Adding and changing companies. */
    public CompanyAdministration companyAdministration() {
        return companyAdministration;
    }

    /**
     * The installation's OwnerID, which the Web Connector files our FileIDs under in every company file: stored in the
     * database so every instance shares it; an older installation's, kept in the data directory, is taken over.
     */
    public String ownerId() {
        return adapters.companies().ownerId(LegacyOwnerId.proposed(config.database().dataDirectory()));
    }

    /** The .qwc files of the companies, for the {@code qwc} command and the admin page's download. */
    public QwcFiles qwcFiles() {
        return new QwcFiles(config.http().publicUrl(), this::ownerId);
    }

    /** Backups of this database, for the command line and the scheduled ones. */
    public DatabaseBackups backups() {
        return new DatabaseBackups(adapters.database(), CompositionRoot.SERVER_VERSION);
    }

    /** Gives the default company the Web Connector user of the environment, when one is configured. */
    public void adoptConfiguredLogin() {
        AppConfig.WebConnector webConnector = config.webConnector();
        if (webConnector.passwordHash().isPresent()) {
            try {
                companyAdministration.adoptConfiguredLogin(CompositionRoot.DEFAULT_COMPANY,
                        webConnector.userName(),
                        BcryptPasswords.requireHash(webConnector.passwordHash().get()));
            } catch (InvalidInputException | UnknownCompanyException e) {
                throw new ConfigurationException("QBWC_USERNAME cannot sync the default company (organization "
                        + CompositionRoot.DEFAULT_COMPANY + "): " + e.getMessage());
            }
        } else if (adapters.companies().list().stream().noneMatch(Company::hasWebConnectorUser)) {
            LOG.warn("No company has a Web Connector user yet, so every Web Connector login is refused. Set "
                    + "QBWC_USERNAME and QBWC_PASSWORD_HASH (from 'java -jar app/target/qbr-sync.jar hash-password'), "
                    + "or add a company with 'java -jar app/target/qbr-sync.jar company add'.");
        }
    }
}
