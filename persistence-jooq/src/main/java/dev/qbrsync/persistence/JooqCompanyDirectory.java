package dev.qbrsync.persistence;

import dev.qbrsync.core.audit.BoundedText;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.company.QuickBooksSeen;
import dev.qbrsync.core.qbr.CompanyId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.qbrsync.persistence.generated.Tables.ORGANIZATION;
import static dev.qbrsync.persistence.generated.Tables.QBWC_COMPANIES;
import static dev.qbrsync.persistence.generated.Tables.QBWC_INSTALLATION;

/**
 * Companies in {@code qbwc_companies}, one row per organization of the dashboard that syncs from QuickBooks, with the
 * organization's name from {@code organization}; the OwnerID in {@code qbwc_installation}.
 */
public final class JooqCompanyDirectory implements CompanyDirectory {
    private final Database database;
    private final DSLContext dsl;
    private final Clock clock;

    public JooqCompanyDirectory(Database database, Clock clock) {
        this.database = database;
        this.dsl = database.dsl();
        this.clock = clock;
    }

    @Override
    public Company create(String name, String qbwcUser, String passwordHash, String qwcFileId) {
        return database.inTransaction(() -> {
            Integer id = dsl.insertInto(ORGANIZATION).set(ORGANIZATION.NAME, name)
                    .set(ORGANIZATION.CREATED_AT, clock.instant()).returning(ORGANIZATION.ID).fetchOne(ORGANIZATION.ID);
            dsl.insertInto(QBWC_COMPANIES).set(QBWC_COMPANIES.ORGANIZATION_ID, id)
                    .set(QBWC_COMPANIES.QBWC_USER, qbwcUser).set(QBWC_COMPANIES.PASSWORD_HASH, passwordHash)
                    .set(QBWC_COMPANIES.QWC_FILE_ID, qwcFileId).set(QBWC_COMPANIES.CREATED_AT, clock.instant())
                    .execute();
            return select(dsl, QBWC_COMPANIES.ORGANIZATION_ID.eq(id)).get(0);
        });
    }

    @Override
    public Optional<Company> adopt(CompanyId organizationId, String qbwcUser, String passwordHash, String qwcFileId) {
        Optional<Integer> id = CompanyKeys.parse(organizationId)
                .filter(row -> dsl.fetchExists(ORGANIZATION, ORGANIZATION.ID.eq(row)));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        dsl.insertInto(QBWC_COMPANIES).set(QBWC_COMPANIES.ORGANIZATION_ID, id.get())
                .set(QBWC_COMPANIES.QBWC_USER, qbwcUser).set(QBWC_COMPANIES.PASSWORD_HASH, passwordHash)
                .set(QBWC_COMPANIES.QWC_FILE_ID, qwcFileId)
                .onConflict(QBWC_COMPANIES.ORGANIZATION_ID).doUpdate()
                .set(QBWC_COMPANIES.QBWC_USER, qbwcUser).set(QBWC_COMPANIES.PASSWORD_HASH, passwordHash)
                .execute();
        return find(organizationId);
    }

    @Override
    public List<Company> list() {
        return select(dsl, DSL.noCondition());
    }

    @Override
    public Optional<Company> find(CompanyId companyId) {
        return CompanyKeys.parse(companyId)
                .flatMap(id -> select(dsl, QBWC_COMPANIES.ORGANIZATION_ID.eq(id)).stream().findFirst());
    }

    @Override
    public List<Company> findByName(String name) {
        return select(dsl, DSL.lower(ORGANIZATION.NAME).eq(name.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<StoredLogin> loginOf(String qbwcUser) {
        return dsl.select(QBWC_COMPANIES.ORGANIZATION_ID, QBWC_COMPANIES.PASSWORD_HASH, QBWC_COMPANIES.DISABLED)
                .from(QBWC_COMPANIES)
                .where(DSL.lower(QBWC_COMPANIES.QBWC_USER).eq(qbwcUser.trim().toLowerCase(Locale.ROOT)))
                .fetchOptional(row -> new StoredLogin(CompanyKeys.companyId(row.value1()),
                        row.value2() == null ? "" : row.value2(), row.value3()));
    }

    @Override
    public boolean rename(CompanyId companyId, String name) {
        return companyRow(companyId).map(id -> dsl.update(ORGANIZATION).set(ORGANIZATION.NAME, name)
                .where(ORGANIZATION.ID.eq(id)).execute() > 0).orElse(false);
    }

    @Override
    public boolean changePasswordHash(CompanyId companyId, String passwordHash) {
        return CompanyKeys.parse(companyId).map(id -> dsl.update(QBWC_COMPANIES)
                .set(QBWC_COMPANIES.PASSWORD_HASH, passwordHash)
                .where(QBWC_COMPANIES.ORGANIZATION_ID.eq(id)).execute() > 0).orElse(false);
    }

    @Override
    public boolean setDisabled(CompanyId companyId, boolean disabled) {
        return CompanyKeys.parse(companyId).map(id -> dsl.update(QBWC_COMPANIES)
                .set(QBWC_COMPANIES.DISABLED, disabled)
                .where(QBWC_COMPANIES.ORGANIZATION_ID.eq(id)).execute() > 0).orElse(false);
    }

    @Override
    public boolean bindIfUnbound(CompanyId companyId, FileIdentity file, Instant at) {
        return CompanyKeys.parse(companyId).map(id -> dsl.update(QBWC_COMPANIES)
                .set(QBWC_COMPANIES.BOUND_COMPANY_NAME, BoundedText.cap(file.companyName(), 255))
                .set(QBWC_COMPANIES.BOUND_FILE_ID, BoundedText.cap(file.fileId(), 40))
                .set(QBWC_COMPANIES.BOUND_FILE_PATH, BoundedText.cap(file.filePath(), 500))
                .set(QBWC_COMPANIES.BOUND_AT, at)
                .where(QBWC_COMPANIES.ORGANIZATION_ID.eq(id)).and(QBWC_COMPANIES.BOUND_AT.isNull())
                .execute() > 0).orElse(false);
    }

    @Override
    public boolean unbind(CompanyId companyId) {
        return CompanyKeys.parse(companyId).map(id -> dsl.update(QBWC_COMPANIES)
                .setNull(QBWC_COMPANIES.BOUND_COMPANY_NAME).setNull(QBWC_COMPANIES.BOUND_FILE_ID)
                .setNull(QBWC_COMPANIES.BOUND_FILE_PATH).setNull(QBWC_COMPANIES.BOUND_AT)
                .where(QBWC_COMPANIES.ORGANIZATION_ID.eq(id)).execute() > 0).orElse(false);
    }

    @Override
    public boolean rememberQuickBooks(CompanyId companyId, QuickBooksSeen seen) {
        return CompanyKeys.parse(companyId).map(id -> dsl.update(QBWC_COMPANIES)
                .set(QBWC_COMPANIES.QB_PRODUCT, BoundedText.cap(seen.product(), 100))
                .set(QBWC_COMPANIES.QB_COUNTRY, BoundedText.cap(seen.country(), 10))
                .set(QBWC_COMPANIES.QBXML_SUPPORTED, BoundedText.cap(seen.supportedVersions(), 300))
                .set(QBWC_COMPANIES.QBXML_WRITTEN_IN, BoundedText.cap(seen.writtenIn(), 20))
                .set(QBWC_COMPANIES.QB_SEEN_AT, seen.seenAt())
                .where(QBWC_COMPANIES.ORGANIZATION_ID.eq(id)).execute() > 0).orElse(false);
    }

    @Override
    public String ownerId(String proposed) {
        dsl.insertInto(QBWC_INSTALLATION).set(QBWC_INSTALLATION.OWNER_ID, proposed).onConflictDoNothing().execute();
        return dsl.select(QBWC_INSTALLATION.OWNER_ID).from(QBWC_INSTALLATION).fetchOne(QBWC_INSTALLATION.OWNER_ID);
    }

    private Optional<Integer> companyRow(CompanyId companyId) {
        return CompanyKeys.parse(companyId)
                .filter(id -> dsl.fetchExists(QBWC_COMPANIES, QBWC_COMPANIES.ORGANIZATION_ID.eq(id)));
    }

    private static List<Company> select(DSLContext dsl, Condition condition) {
        return dsl.select(QBWC_COMPANIES.asterisk(), ORGANIZATION.NAME).from(QBWC_COMPANIES)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(QBWC_COMPANIES.ORGANIZATION_ID))
                .where(condition).orderBy(QBWC_COMPANIES.ORGANIZATION_ID)
                .fetch(JooqCompanyDirectory::toCompany);
    }

    private static Company toCompany(Record row) {
        FileIdentity binding = row.get(QBWC_COMPANIES.BOUND_AT) == null ? null
                : new FileIdentity(row.get(QBWC_COMPANIES.BOUND_COMPANY_NAME), row.get(QBWC_COMPANIES.BOUND_FILE_ID),
                        row.get(QBWC_COMPANIES.BOUND_FILE_PATH));
        QuickBooksSeen seen = row.get(QBWC_COMPANIES.QB_SEEN_AT) == null ? null
                : new QuickBooksSeen(row.get(QBWC_COMPANIES.QB_PRODUCT), row.get(QBWC_COMPANIES.QB_COUNTRY),
                        row.get(QBWC_COMPANIES.QBXML_SUPPORTED), row.get(QBWC_COMPANIES.QBXML_WRITTEN_IN),
                        row.get(QBWC_COMPANIES.QB_SEEN_AT));
        return new Company(CompanyKeys.companyId(row.get(QBWC_COMPANIES.ORGANIZATION_ID)), row.get(ORGANIZATION.NAME),
                row.get(QBWC_COMPANIES.QBWC_USER), row.get(QBWC_COMPANIES.DISABLED),
                row.get(QBWC_COMPANIES.QWC_FILE_ID), binding, seen);
    }
}
