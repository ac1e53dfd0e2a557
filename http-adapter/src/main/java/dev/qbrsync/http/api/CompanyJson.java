package dev.qbrsync.http.api;

import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.company.QuickBooksSeen;

import java.util.Map;

/** A company as the API shows it, with what its QuickBooks last said about itself; never its password hash. */
record CompanyJson(String id, String name, String qbwcUser, boolean disabled, String qwcFileId,
                   Map<String, String> boundFile, QuickBooksSeen quickBooks) {

    static CompanyJson of(Company company) {
        return new CompanyJson(company.id().value(), company.name(), company.qbwcUser(), company.disabled(),
                company.qwcFileId(), company.boundFile().map(CompanyJson::file).orElse(null),
                company.lastQuickBooks().orElse(null));
    }

    private static Map<String, String> file(FileIdentity file) {
        return Map.of("companyName", file.companyName(), "fileId", file.fileId(), "path", file.filePath());
    }

    /** What POST and PATCH accept; the password only ever travels inward. */
    record Input(String name, String qbwcUser, String password, String organization, Boolean disabled) {
    }
}
