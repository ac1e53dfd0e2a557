package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.QbxmlTarget.Country;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What one qbXML version lets us write: the QuickBooks editions (countries) that accept it, whether non-US editions
 * name it with their country prefix, and which of our query elements it has.
 *
 * @param countryPrefixed true for the country-specific specifications that preceded qbXML 6.0 (CA3.0, UK2.0,
 *                        OZ2.0, ...); from 6.0 on one specification serves every edition and is never prefixed
 */
record QbxmlDialect(QbxmlVersion version, Set<Country> editions, boolean countryPrefixed) {

    QbxmlDialect {
        editions = Set.copyOf(editions);
    }

    boolean serves(Country country) {
        return editions.contains(country);
    }

    /** The version as the {@code <?qbxml version="…"?>} prolog names it for that edition, e.g. {@code CA3.0}. */
    String prologVersion(Country country) {
        return (countryPrefixed ? country.versionPrefix() : "") + version;
    }

    /** The query's elements this version has, in the order it demands. */
    List<QueryElement> elements(QueryElement.Query query) {
        return Arrays.stream(QueryElement.values())
                .filter(element -> element.query() == query && element.introducedIn().compareTo(version) <= 0)
                .toList();
    }
}
