package dev.qbrsync.app;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.qbrsync.core.company.QbwcGuid;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.persistence.JooqCompanyDirectory;
import dev.qbrsync.persistence.TestOrganizations;

import java.time.Clock;

/**
 * Companies for concurrency tests and load: each with its own Web Connector user {@code user-<company>} and company
 * file, all with one bcrypt-hashed password, so every login pays one real bcrypt check.
 */
final class ManyCompanies {
    static final String PASSWORD = "load-test-password";
    private static final String PREFIX = "user-";

    private final CompositionRoot root;
    private final JooqCompanyDirectory directory;
    private final String hash;

    ManyCompanies(CompositionRoot root, int bcryptCost) {
        this.root = root;
        this.directory = new JooqCompanyDirectory(root.database(), Clock.systemUTC());
        this.hash = BCrypt.withDefaults().hashToString(bcryptCost, PASSWORD.toCharArray());
    }

    /** A new company; returns its id. */
    String create() {
        CompanyId company = TestOrganizations.create(root.database());
        directory.adopt(company, userFor(company.value()), hash, QbwcGuid.random());
        return company.value();
    }

    static String userFor(String company) {
        return PREFIX + company;
    }

    /** The small MSP's books, in a company file of this company's own. */
    static FakeQuickBooks booksOf(String company) {
        return QuickBooksFixtures.SMALL_MSP.withFile(new FakeQuickBooks.CompanyFile("Company " + company,
                "C:\\Company " + company + ".QBW", "", ""));
    }
}
