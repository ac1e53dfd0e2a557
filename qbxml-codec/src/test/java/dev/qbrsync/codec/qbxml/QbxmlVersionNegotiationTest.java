package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlTarget.Country;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.report.ReportBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QbxmlVersionNegotiationTest {
    /** Every version a US QuickBooks 2023 R3 lists, oldest first, as the real QuickBooks 2014 capture does. */
    private static final List<String> US_VERSIONS = List.of("1.0", "1.1", "2.0", "2.1", "3.0", "4.0", "4.1", "5.0",
            "6.0", "7.0", "8.0", "9.0", "10.0", "11.0", "12.0", "13.0", "14.0", "15.0", "16.0");

    private final QbxmlVersionNegotiation negotiation =
            new QbxmlVersionNegotiation(new QbxmlMessages().writableTargets());

    @ParameterizedTest(name = "QuickBooks listing up to {0} gets {1}")
    @CsvSource({"2.0, 2.0", "3.0, 3.0", "5.0, 5.0", "8.0, 8.0", "12.0, 12.0", "13.0, 13.0", "16.0, 14.0"})
    void takesTheHighestVersionBothSidesSupport(String newestListed, String chosen) {
        HostInfo host = host("US", US_VERSIONS.subList(0, US_VERSIONS.indexOf(newestListed) + 1));

        assertThat(negotiation.choose(host, "US", 0, 0)).contains(target(chosen, Country.US));
    }

    @Test
    void quickBooks2006GetsAComplete5Request() {
        HostInfo quickBooks2006 = host("US", US_VERSIONS.subList(0, US_VERSIONS.indexOf("5.0") + 1));

        QbxmlTarget target = negotiation.choose(quickBooks2006, "US", 5, 0).orElseThrow();
        String message = new QbxmlRequestWriter().write(List.of(
                new SyncTask.ProfitAndLoss(YearMonth.of(2006, 1), YearMonth.of(2006, 3)), new SyncTask.EmployeeList()),
                target, ReportBasis.CASH);

        assertThat(message).startsWith("<?xml version=\"1.0\"?><?qbxml version=\"5.0\"?>")
                .contains("<ReportBasis>Cash</ReportBasis>")
                .contains("<IncludeRetElement>HiredDate</IncludeRetElement>");
    }

    @Test
    void takesOnlyAVersionQuickBooksListedNotOneBetweenItsVersions() {
        HostInfo host = host("US", List.of("12.0", "13.0", "16.0"));

        assertThat(negotiation.choose(host, "US", 16, 0)).contains(target("13.0", Country.US));
    }

    @ParameterizedTest(name = "qbXMLMajorVers {0}.{1} gets {2}")
    @CsvSource({"16, 0, 14.0", "13, 0, 13.0", "8, 0, 8.0", "4, 1, 4.1", "2, 0, 2.0"})
    void fallsBackToWhatQbwcReportsWhenQuickBooksListedNothing(int major, int minor, String chosen) {
        assertThat(negotiation.choose(host("US", List.of()), "US", major, minor)).contains(target(chosen, Country.US));
    }

    @Test
    void canadianEditionsGetTheirOwn3OrTheShared6AndLater() {
        HostInfo old = host("CA", List.of("CA2.0", "CA3.0"));
        HostInfo modern = host("CA", List.of("CA2.0", "CA3.0", "6.0", "7.0", "8.0", "9.0", "10.0", "11.0", "12.0",
                "13.0"));

        assertThat(negotiation.choose(old, "CA", 0, 0)).contains(target("3.0", Country.CA));
        assertThat(negotiation.choose(modern, "CA", 13, 0)).contains(target("13.0", Country.CA));
        assertThat(negotiation.choose(host("CA", List.of()), "CA", 5, 0))
                .as("there is no Canadian 4.x or 5.0").contains(target("3.0", Country.CA));
    }

    @Test
    void qbwcsCountryWinsOverTheHostsAndTheHostsCountsWhenQbwcSentNone() {
        HostInfo canadian = host("CA", List.of("2.0", "2.1", "3.0", "4.0"));

        assertThat(negotiation.choose(canadian, "", 0, 0)).contains(target("3.0", Country.CA));
        assertThat(negotiation.choose(canadian, null, 0, 0)).contains(target("3.0", Country.CA));
        assertThat(negotiation.choose(canadian, "US", 0, 0)).contains(target("4.0", Country.US));
    }

    @Test
    void ukEditionsToo() {
        assertThat(negotiation.choose(host("UK", List.of("UK2.0", "UK3.0")), "UK", 0, 0))
                .contains(target("3.0", Country.UK));
        HostInfo modern = host("UK", US_VERSIONS.subList(0, US_VERSIONS.indexOf("14.0") + 1));

        assertThat(negotiation.choose(modern, "UK", 14, 0)).contains(target("14.0", Country.UK));
    }

    @Test
    void quickBooksThatSpeaksOnly1_1IsRefusedWithAnExplanation() {
        HostInfo quickBooks2002 = host("US", List.of("1.0", "1.1"));

        assertThat(negotiation.choose(quickBooks2002, "US", 1, 1)).isEmpty();
        assertThat(negotiation.explainNoCommonVersion(quickBooks2002, "US", 1, 1)).isEqualTo(
                "QuickBooks supports qbXML 1.0, 1.1, but QBR Sync needs qbXML 2.0 to 14.0 for a US edition of "
                        + "QuickBooks.");
    }

    @Test
    void theExplanationNamesTheVersionsOfTheEditionAndWhatQbwcReported() {
        assertThat(negotiation.choose(host("CA", List.of()), "CA", 1, 1)).isEmpty();
        assertThat(negotiation.explainNoCommonVersion(host("CA", List.of()), "CA", 1, 1)).isEqualTo(
                "QuickBooks supports qbXML up to 1.1, but QBR Sync needs qbXML 2.0, 3.0, 6.0 to 14.0 for a CA edition "
                        + "of QuickBooks.");
    }

    @Test
    void nothingIsGuessedWhenQuickBooksSaidNothing() {
        HostInfo silent = host("", List.of());

        assertThat(negotiation.choose(silent, "", 0, 0)).isEmpty();
        assertThat(negotiation.explainNoCommonVersion(silent, "", 0, 0))
                .startsWith("QuickBooks did not say which qbXML versions it supports, but QBR Sync needs qbXML 2.0 to");
    }

    private static HostInfo host(String country, List<String> versions) {
        return new HostInfo("QuickBooks", "Acme", country, versions.stream().map(QbxmlVersion::parse).toList());
    }

    private static QbxmlTarget target(String version, Country country) {
        return new QbxmlTarget(QbxmlVersion.parse(version), country);
    }
}
