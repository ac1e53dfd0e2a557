package dev.qbrsync.persistence;

import static dev.qbrsync.persistence.generated.Tables.ORGANIZATION;

/** Organizations (the dashboard's companies) for tests that need one of their own. */
public final class TestOrganizations {

    private TestOrganizations() {
    }

    /** A new organization; returns its id as the core's company key. */
    public static String create(Database database) {
        Integer id = database.dsl().insertInto(ORGANIZATION).set(ORGANIZATION.NAME, "Test company")
                .returning(ORGANIZATION.ID).fetchOne(ORGANIZATION.ID);
        return String.valueOf(id);
    }
}
