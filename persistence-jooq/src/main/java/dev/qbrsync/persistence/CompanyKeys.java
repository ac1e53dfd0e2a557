package dev.qbrsync.persistence;

import dev.qbrsync.core.qbr.CompanyId;

import java.util.Optional;

/**
 * The core names a company by a {@link CompanyId}; in the dashboard's tables a company is an {@code organization}
 * row, and the id is the row's id as text.
 */
final class CompanyKeys {

    private CompanyKeys() {
    }

    /** The organization id {@code company} names; an {@link IllegalArgumentException} when it names none. */
    static int organizationId(CompanyId company) {
        return parse(company).orElseThrow(() -> new IllegalArgumentException("Company '" + company
                + "' is not an organization id"));
    }

    /** The organization id a company id names; empty when it names none. */
    static Optional<Integer> parse(CompanyId company) {
        String key = company.value();
        if (!key.matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(key));
    }

    static CompanyId companyId(Integer organizationId) {
        return CompanyId.of(String.valueOf(organizationId));
    }
}
