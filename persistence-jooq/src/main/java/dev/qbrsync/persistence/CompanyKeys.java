package dev.qbrsync.persistence;

import dev.qbrsync.core.company.CompanyId;

import java.util.Optional;

/**
 * The core names a company by an opaque key; in the dashboard's tables a company is an {@code organization} row, and
 * the key is its id.
 */
final class CompanyKeys {

    private CompanyKeys() {
    }

    static int organizationId(String companyKey) {
        try {
            return Integer.parseInt(companyKey.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Company '" + companyKey + "' is not an organization id", e);
        }
    }

    /** The organization id a company key names; empty when it names none. */
    static Optional<Integer> parse(String companyKey) {
        String key = companyKey == null ? "" : companyKey.trim();
        if (!key.matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(key));
    }

    /** The organization id a company id names; empty when it names none. */
    static Optional<Integer> parse(CompanyId company) {
        return parse(company.value());
    }

    static CompanyId companyId(Integer organizationId) {
        return CompanyId.of(companyKey(organizationId));
    }

    static String companyKey(Integer organizationId) {
        return String.valueOf(organizationId);
    }
}
