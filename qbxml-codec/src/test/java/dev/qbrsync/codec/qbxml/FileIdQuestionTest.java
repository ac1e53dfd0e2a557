package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.SharedCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the Web Connector's company data carries no FileID for our OwnerID, the session's first message asks QuickBooks
 * for it (a CompanyQuery with our OwnerID beside the requests, one round trip), and its answer decides, before anything
 * is stored, whether the open file may be this company's: played through the real codec with hand-written answers.
 */
class FileIdQuestionTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String OTHERS_FILE_ID = "{0C0FFEE0-1111-4222-8333-444455556666}";
    private static final String HOST_WITHOUT_FILE_ID = """
            <?xml version="1.0"?><QBXML><QBXMLMsgsRs>
            <HostQueryRs requestID="0" statusCode="0" statusSeverity="Info"><HostRet>
              <ProductName>QuickBooks Pro 2014</ProductName><Country>US</Country>
              <SupportedQBXMLVersion>13.0</SupportedQBXMLVersion></HostRet></HostQueryRs>
            <CompanyQueryRs requestID="1" statusCode="0" statusSeverity="Info">
              <CompanyRet><CompanyName>Acme MSP</CompanyName></CompanyRet></CompanyQueryRs>
            </QBXMLMsgsRs></QBXML>""";

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryCore core = new InMemoryCore(clock, WebConnectorSettings.DEFAULT.withSyncPolicy(
            SyncPolicy.DEFAULT.withWindowMonths(0)), new QbxmlMessages());
    private final Caller caller = new Caller("127.0.0.1");

    @AfterEach
    void close() {
        core.close();
    }

    /** QuickBooks' answer to the first message: the FileID question's answer, then March's P&L and the employees. */
    private static String answer(String companyQueryResponse) {
        try (InputStream in = FileIdQuestionTest.class.getResourceAsStream("/qbxml/first-answer-march.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("<!--FILE-ID-->",
                    companyQueryResponse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String companyWithFileId(String ownerId, String fileId) {
        return "<CompanyQueryRs requestID=\"FILE-ID\" statusCode=\"0\" statusSeverity=\"Info\"><CompanyRet>"
                + "<CompanyName>Acme MSP</CompanyName><DataExtRet><OwnerID>" + ownerId + "</OwnerID><DataExtName>"
                + "FileID</DataExtName><DataExtType>STR255TYPE</DataExtType><DataExtValue>" + fileId
                + "</DataExtValue></DataExtRet></CompanyRet></CompanyQueryRs>";
    }

    private String ticket;

    /** Logs in and takes the first message; returns it. */
    private String firstMessage() {
        ticket = core.webConnector.authenticate(caller, Authenticate.as(InMemoryCore.USER,
                InMemoryCore.PASSWORD.toCharArray())).ticket();
        return core.webConnector.sendRequestXML(caller, SendRequestXml.forTicket(ticket)
                .hostResponse(HOST_WITHOUT_FILE_ID).companyFile("C:\\QB\\Acme.qbw").qbxml("US", 13, 0));
    }

    private int answered(String companyQueryResponse) {
        firstMessage();
        return core.webConnector.receiveResponseXML(caller, ReceiveResponseXml.answer(ticket,
                answer(companyQueryResponse)));
    }

    private Company defaultCompany() {
        return core.companies.find(InMemoryCore.COMPANY).orElseThrow();
    }

    private boolean anythingStored() {
        return !core.overview.metrics(CompanyScope.every(), InMemoryCore.COMPANY, MARCH, MARCH).isEmpty();
    }

    @Test
    void theFirstMessageAsksForOurFileIdBesideTheRequestsInOneRoundTripAndIsValidQbxml13() throws Exception {
        String message = firstMessage();

        assertThat(message).containsOnlyOnce("<QBXMLMsgsRq").contains("<CompanyQueryRq requestID=\"FILE-ID\"><OwnerID>"
                + InMemoryCore.OWNER_ID + "</OwnerID></CompanyQueryRq>")
                .contains("<GeneralSummaryReportQueryRq requestID=\"PNL:2026-03..2026-03\"");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SharedCorpus.require("06_xsd/qbxmlops130.xsd").toFile()).newValidator()
                .validate(new StreamSource(new StringReader(message)));
    }

    @Test
    void aFileIdOfAnotherCompanysQwcStoresNothingAndRefuses() {
        core.companies.create("Contoso", "contoso", core.passwords.hash("contoso pass".toCharArray()),
                OTHERS_FILE_ID);

        assertThat(answered(companyWithFileId(InMemoryCore.OWNER_ID, OTHERS_FILE_ID))).isEqualTo(-1);

        assertThat(anythingStored()).isFalse();
        assertThat(defaultCompany().boundFile()).isEmpty();
        assertThat(core.webConnector.getLastError(caller, ticket)).contains("Contoso").contains("Nothing was stored.");
        assertThat(core.audit.recent(10)).anyMatch(event -> event.action().equals("qbwc.receiveResponseXML")
                && event.outcome() == AuditOutcome.DENIED && event.detail().contains("Contoso"));
    }

    @Test
    void aFileIdOfAFileBoundToAnotherCompanyStoresNothingAndRefuses() {
        CompanyId contoso = core.companies.create("Contoso", "contoso", core.passwords.hash("pass".toCharArray()),
                "{ANOTHER-QWC-FILE-ID}").id();
        core.companies.bindIfUnbound(contoso, new FileIdentity("Contoso Ltd", OTHERS_FILE_ID, "D:\\Contoso.qbw"),
                clock.instant());

        assertThat(answered(companyWithFileId(InMemoryCore.OWNER_ID, OTHERS_FILE_ID))).isEqualTo(-1);

        assertThat(anythingStored()).isFalse();
        assertThat(core.webConnector.getLastError(caller, ticket)).contains("may be the file of company " + contoso);
    }

    @Test
    void ourOwnFileIdIsStoredAndKeptWithTheBinding() {
        String ours = defaultCompany().qwcFileId();

        assertThat(answered(companyWithFileId(InMemoryCore.OWNER_ID.toLowerCase(), ours))).isEqualTo(100);

        assertThat(anythingStored()).isTrue();
        assertThat(defaultCompany().boundFile()).contains(new FileIdentity("Acme MSP", ours, "C:\\QB\\Acme.qbw"));
    }

    @Test
    void anAnswerWithoutOurFileIdLeavesTheDecisionToThePathAndTheCompanyName() {
        String othersApplication = companyWithFileId("{99999999-8888-7777-6666-555555555555}", OTHERS_FILE_ID);

        assertThat(answered(othersApplication)).isEqualTo(100);

        assertThat(anythingStored()).isTrue();
        assertThat(defaultCompany().boundFile()).contains(new FileIdentity("Acme MSP", "", "C:\\QB\\Acme.qbw"));
    }

    @Test
    void anAnswerThatDoesNotAnswerTheQuestionStoresNothing() {
        String anotherRequestsAnswer = companyWithFileId(InMemoryCore.OWNER_ID, defaultCompany().qwcFileId())
                .replace("FILE-ID", "SOMETHING-ELSE");

        assertThat(answered(anotherRequestsAnswer)).isEqualTo(-1);
        assertThat(anythingStored()).isFalse();
        assertThat(core.webConnector.getLastError(caller, ticket)).contains("FileID").contains("Nothing was stored.");
        core.webConnector.closeConnection(caller, ticket);

        assertThat(answered("")).as("no answer to the question at all").isEqualTo(-1);
        assertThat(anythingStored()).isFalse();
    }

    @Test
    void aFirstCallWithoutCompanyDataIsNotAsked() {
        ticket = core.webConnector.authenticate(caller, Authenticate.as(InMemoryCore.USER,
                InMemoryCore.PASSWORD.toCharArray())).ticket();

        String message = core.webConnector.sendRequestXML(caller, SendRequestXml.forTicket(ticket)
                .companyFile("C:\\QB\\Acme.qbw").qbxml("US", 13, 0));

        assertThat(message).doesNotContain("CompanyQueryRq");
    }

    @Test
    void whenTheWebConnectorsCompanyDataCarriesOurFileIdNothingMoreIsAsked() {
        ticket = core.webConnector.authenticate(caller, Authenticate.as(InMemoryCore.USER,
                InMemoryCore.PASSWORD.toCharArray())).ticket();
        String host = HOST_WITHOUT_FILE_ID.replace("</CompanyName>", "</CompanyName><DataExtRet><OwnerID>"
                + InMemoryCore.OWNER_ID + "</OwnerID><DataExtName>FileID</DataExtName><DataExtType>STR255TYPE"
                + "</DataExtType><DataExtValue>" + defaultCompany().qwcFileId() + "</DataExtValue></DataExtRet>");

        String message = core.webConnector.sendRequestXML(caller, SendRequestXml.forTicket(ticket)
                .hostResponse(host).companyFile("C:\\QB\\Acme.qbw").qbxml("US", 13, 0));

        assertThat(message).doesNotContain("CompanyQueryRq");
        assertThat(core.webConnector.receiveResponseXML(caller, ReceiveResponseXml.answer(ticket, answer(""))))
                .isEqualTo(100);
    }
}
