package dev.qbrsync.app;

import dev.qbrsync.core.qbr.CompanyId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every QuickBooks since 2003 over HTTP: each lists the qbXML versions it speaks in its first answer, gets its requests
 * in the highest version both sides speak (with its edition's prefix before 6.0), and syncs to the end.
 */
class QuickBooksVersionsEndToEndTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dataDirectory;
    private static TestApp app;
    private static ManyCompanies companies;

    @BeforeAll
    static void start() {
        app = new TestApp(dataDirectory, CLOCK, Map.of());
        companies = new ManyCompanies(app.root, 4);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "{0} ({1}, listing {2}) gets qbXML {3}")
    @CsvSource(delimiter = '|', value = {
            "QuickBooks Pro 2003          | US | 1.0 1.1 2.0                                  | 2.0",
            "QuickBooks Pro 2004          | US | 1.0 1.1 2.0 2.1 3.0                          | 3.0",
            "QuickBooks Pro 2006          | US | 1.0 1.1 2.0 2.1 3.0 4.0 4.1 5.0              | 5.0",
            "QuickBooks Pro 2009          | US | 2.0 2.1 3.0 4.0 4.1 5.0 6.0 7.0 8.0          | 8.0",
            "QuickBooks Pro 2013          | US | 8.0 9.0 10.0 11.0 12.0                       | 12.0",
            "QuickBooks Pro 2014          | US | 11.0 12.0 13.0                               | 13.0",
            "QuickBooks Enterprise 2024   | US | 12.0 13.0 14.0 15.0 16.0                     | 14.0",
            "QuickBooks Premier 2004 (CA) | CA | 1.0 1.1 2.0 2.1 3.0                          | CA3.0",
            "QuickBooks Pro 2015 (CA)     | CA | 12.0 13.0                                    | 13.0",
            "QuickBooks Pro 2004 (UK)     | UK | 1.0 1.1 2.0 2.1 3.0                          | UK3.0"})
    void eachQuickBooksGetsTheHighestVersionBothSpeakAndSyncs(String product, String country, String versions,
                                                            String writtenIn) throws Exception {
        String company = companies.create();
        FakeQuickBooks quickBooks = ManyCompanies.booksOf(company)
                .withHost(new FakeQuickBooks.Host(product, country, Arrays.asList(versions.trim().split("\\s+"))));
        SimulatedWebConnector connector = new SimulatedWebConnector(app.uri("/api/qbwc"),
                new SimulatedWebConnector.Latencies(), quickBooks);

        String outcome = connector.playSession(ManyCompanies.userFor(company), ManyCompanies.PASSWORD);

        assertThat(outcome).isEqualTo("Sync complete: 2 of 2 requests stored in one round trip.");
        assertThat(connector.requests).singleElement().satisfies(request -> {
            assertThat(request).startsWith("<?xml version=\"1.0\"?><?qbxml version=\"" + writtenIn + "\"?>");
            assertThat(request).contains("<GeneralSummaryReportQueryRq", "<EmployeeQueryRq",
                    "onError=\"continueOnError\"");
        });
        assertThat(StoredMetrics.of(app.root, company, YearMonth.of(2026, 1))).hasSize(14)
                .containsEntry("employees", new java.math.BigDecimal("2.00"));
        assertThat(app.root.administration().companyDirectory()
                .find(CompanyId.of(company)).orElseThrow().lastQuickBooks())
                .hasValueSatisfying(seen -> {
                    assertThat(seen.product()).isEqualTo(product.trim());
                    assertThat(seen.writtenIn()).isEqualTo(writtenIn.trim().replaceAll("^[A-Z]+", ""));
                    assertThat(seen.country()).isEqualTo(country.trim());
                });
    }
}
