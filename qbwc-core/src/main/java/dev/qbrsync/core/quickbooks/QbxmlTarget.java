package dev.qbrsync.core.quickbooks;

import java.util.Objects;

/** The qbXML version and edition country a session's requests are written for. */
public record QbxmlTarget(QbxmlVersion version, Country country) {

    public QbxmlTarget {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(country, "country");
    }

    /** QuickBooks editions; non-US editions need a country prefix on the qbXML version. */
    public enum Country {
        US(""),
        CA("CA"),
        UK("UK"),
        AU("OZ");

        private final String versionPrefix;

        Country(String versionPrefix) {
            this.versionPrefix = versionPrefix;
        }

        public String versionPrefix() {
            return versionPrefix;
        }

        /** Reads the country as QBWC reports it ({@code US}, {@code CA}, {@code UK}); unknown or blank means US. */
        public static Country fromQbwc(String code) {
            if (code == null || code.isBlank()) {
                return US;
            }
            for (Country country : values()) {
                if (country.name().equalsIgnoreCase(code.trim())) {
                    return country;
                }
            }
            return US;
        }
    }
}
