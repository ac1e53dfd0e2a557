package dev.qbrsync.persistence;

import dev.qbrsync.core.qbr.CompanyId;

import static dev.qbrsync.persistence.generated.Tables.ORGANIZATION;

/** Organizations (the dashboard's companies) for tests that need one of their own. */
public final class TestOrganizations {

    private TestOrganizations() {
    }

    /** A new organization; returns its id as the core's company id. */
    public static CompanyId create(Database database) {
        Integer id = database.dsl().insertInto(ORGANIZATION).set(ORGANIZATION.NAME, "Test company")
                .returning(ORGANIZATION.ID).fetchOne(ORGANIZATION.ID);
        return CompanyId.of(String.valueOf(id));
    }
}
