package dev.qbrsync.persistence;

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

    static String companyKey(Integer organizationId) {
        return String.valueOf(organizationId);
    }
}
