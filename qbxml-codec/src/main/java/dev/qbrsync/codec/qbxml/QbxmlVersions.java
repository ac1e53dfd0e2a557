package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlTarget.Country;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.qbrsync.core.quickbooks.QbxmlTarget.Country.AU;
import static dev.qbrsync.core.quickbooks.QbxmlTarget.Country.CA;
import static dev.qbrsync.core.quickbooks.QbxmlTarget.Country.UK;
import static dev.qbrsync.core.quickbooks.QbxmlTarget.Country.US;

/**
 * Every qbXML version our requests can be written in, oldest first. Sources: Intuit's request templates per version
 * (2.0 to 14.0, and CA3.0) and Intuit's US/CDN/UK HostQuery sample, which uses CA/UK 2.0 and 3.0, then the shared 6.0.
 * 14.0 is the newest version with a template to check our requests against (there is no public 15.0 or 16.0 template
 * or schema); a QuickBooks that speaks 15.0 or 16.0 speaks 14.0 too.
 */
final class QbxmlVersions {
    private static final Set<Country> EVERY_EDITION = EnumSet.allOf(Country.class);

    private static final List<QbxmlDialect> DIALECTS = List.of(
            countrySpecific(2, 0, US, CA, UK, AU),
            countrySpecific(2, 1, US),
            // Australia's 3.0 is spelled both OZ3.0 and AU3.0 in public material, so it is not offered.
            countrySpecific(3, 0, US, CA, UK),
            countrySpecific(4, 0, US),
            countrySpecific(4, 1, US),
            countrySpecific(5, 0, US),
            // The 6.0 template marks GeneralSummaryReportQueryRq "not in QBAU".
            shared(6, 0, EnumSet.of(US, CA, UK)),
            shared(7, 0, EVERY_EDITION),
            shared(8, 0, EVERY_EDITION),
            shared(9, 0, EVERY_EDITION),
            shared(10, 0, EVERY_EDITION),
            shared(11, 0, EVERY_EDITION),
            shared(12, 0, EVERY_EDITION),
            shared(13, 0, EVERY_EDITION),
            shared(14, 0, EVERY_EDITION));

    private QbxmlVersions() {
    }

    static List<QbxmlVersion> versions() {
        return DIALECTS.stream().map(QbxmlDialect::version).toList();
    }

    /** Every version and edition pair a request can be written for. */
    static List<QbxmlTarget> writableTargets() {
        return DIALECTS.stream()
                .flatMap(dialect -> dialect.editions().stream().sorted()
                        .map(country -> new QbxmlTarget(dialect.version(), country)))
                .toList();
    }

    static Optional<QbxmlDialect> dialectFor(QbxmlTarget target) {
        return DIALECTS.stream()
                .filter(dialect -> dialect.version().equals(target.version()) && dialect.serves(target.country()))
                .findFirst();
    }

    private static QbxmlDialect countrySpecific(int major, int minor, Country... editions) {
        return new QbxmlDialect(new QbxmlVersion(major, minor), Set.of(editions), true);
    }

    private static QbxmlDialect shared(int major, int minor, Set<Country> editions) {
        return new QbxmlDialect(new QbxmlVersion(major, minor), editions, false);
    }
}
