package dev.qbrsync.core.company;

import dev.qbrsync.core.qbr.CompanyId;

import java.util.Set;

/**
 * The companies a caller may see and change: every company, or only some (a caller whose access key is limited to them). Rules that
 * apply to every company can only be changed by a caller who may act on every company.
 */
public record CompanyScope(Set<CompanyId> companies, boolean everyCompany) {

    private static final CompanyScope EVERY = new CompanyScope(Set.of(), true);

    public CompanyScope {
        companies = Set.copyOf(companies);
    }

    public static CompanyScope every() {
        return EVERY;
    }

    public static CompanyScope only(Set<CompanyId> companyIds) {
        if (companyIds.isEmpty()) {
            throw new IllegalArgumentException("A limited scope needs at least one company");
        }
        return new CompanyScope(companyIds, false);
    }

    public boolean permits(CompanyId companyId) {
        return everyCompany || companies.contains(companyId);
    }

    /** Throws unless the caller may act on the company. */
    public void require(CompanyId companyId) {
        if (!permits(companyId)) {
            throw new NotPermittedException("This caller may not act on company " + companyId + ".");
        }
    }

    /** Throws unless the caller may act on every company, as a change to what every company shares needs. */
    public void requireEveryCompany(String what) {
        if (!everyCompany) {
            throw new NotPermittedException("This caller is limited to companies " + String.join(", ",
                    companies.stream().map(CompanyId::value).sorted().toList()) + " and may not change " + what + ".");
        }
    }
}
