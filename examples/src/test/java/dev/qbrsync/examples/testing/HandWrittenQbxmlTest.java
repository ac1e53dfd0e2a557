package dev.qbrsync.examples.testing;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.mapping.RuleChange;
import dev.qbrsync.core.metrics.RuleChangeEffect.MetricChange;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.testing.InMemoryCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A tester's test: the whole core in memory ({@link InMemoryCore}, from qbwc-core's {@code tests} jar) with the real
 * qbXML codec, so QuickBooks' answer is qbXML written here by hand; then a rule change, previewed and made.
 */
class HandWrittenQbxmlTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String MARCH_PNL_AND_EMPLOYEES = """
            <?xml version="1.0"?><QBXML><QBXMLMsgsRs>
            <GeneralSummaryReportQueryRs requestID="PNL:2026-03..2026-03" statusCode="0" statusSeverity="Info">
              <ReportRet><ReportBasis>Accrual</ReportBasis>
                <ColDesc colID="1"><ColType>Label</ColType></ColDesc>
                <ColDesc colID="2"><ColTitle titleRow="1" value="Mar 26"/><ColType>Amount</ColType></ColDesc>
                <ReportData>
                  <TextRow rowNumber="1" value="Income"/>
                  <DataRow rowNumber="2"><RowData rowType="account" value="Managed Services"/>
                    <ColData colID="2" value="4321.09"/></DataRow>
                  <TotalRow rowNumber="3"><ColData colID="1" value="Net Income"/><ColData colID="2" value="4321.09"/>
                  </TotalRow>
                </ReportData>
              </ReportRet>
            </GeneralSummaryReportQueryRs>
            <EmployeeQueryRs requestID="EMPLOYEES" statusCode="0" statusSeverity="Info"/>
            </QBXMLMsgsRs></QBXML>""";

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
    private InMemoryCore core;

    @BeforeEach
    void playOneSession() {
        core = new InMemoryCore(clock, WebConnectorSettings.DEFAULT.withWindowMonths(0), new QbxmlMessages());
        Caller caller = new Caller("127.0.0.1");
        String ticket = core.webConnector.authenticate(caller, Authenticate.as(InMemoryCore.USER,
                InMemoryCore.PASSWORD.toCharArray())).ticket();
        String request = core.webConnector.sendRequestXML(caller, SendRequestXml.forTicket(ticket)
                .companyFile("C:\\Acme.qbw").qbxml("US", 13, 0));
        assertThat(request).contains("<GeneralSummaryReportQueryRq requestID=\"PNL:2026-03..2026-03\"");
        assertThat(core.webConnector.receiveResponseXML(caller,
                ReceiveResponseXml.answer(ticket, MARCH_PNL_AND_EMPLOYEES)))
                .isEqualTo(100);
        core.webConnector.closeConnection(caller, ticket);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void theHandWrittenReportIsStoredToTheCent() {
        assertThat(core.overview.metrics(CompanyScope.every(), InMemoryCore.COMPANY, MARCH, MARCH))
                .filteredOn(metric -> metric.key() == MetricKey.MRR || metric.key() == MetricKey.ORR)
                .extracting(StoredMetric::key, StoredMetric::value)
                .containsExactlyInAnyOrder(tuple(MetricKey.MRR, new BigDecimal("4321.09")),
                        tuple(MetricKey.ORR, new BigDecimal("0.00")));
    }

    @Test
    void aRuleChangeIsPreviewedThenMadeWithTheSameFigures() {
        MappingRule toOrr = MappingRule.mapping("Managed Services", MatchType.EXACT, MetricKey.ORR)
                .withNote("one-off project, not recurring").forCompany(InMemoryCore.COMPANY);

        var effect = core.ruleChangePreview.preview(CompanyScope.every(), InMemoryCore.COMPANY,
                new RuleChange.Create(toOrr)).orElseThrow();
        core.mappingAdministration.create(CompanyScope.every(), toOrr);

        assertThat(effect.metrics()).extracting(MetricChange::key, MetricChange::before, MetricChange::after)
                .contains(tuple(MetricKey.MRR, new BigDecimal("4321.09"), new BigDecimal("0.00")),
                        tuple(MetricKey.ORR, new BigDecimal("0.00"), new BigDecimal("4321.09")));
        assertThat(core.overview.metrics(CompanyScope.every(), InMemoryCore.COMPANY, MARCH, MARCH))
                .filteredOn(metric -> metric.key() == MetricKey.ORR)
                .extracting(StoredMetric::value).containsExactly(new BigDecimal("4321.09"));
    }
}
