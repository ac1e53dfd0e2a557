package dev.qbrsync.codec.soap;

import dev.qbrsync.core.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoapRequestReaderTest {
    private final SoapRequestReader reader = new SoapRequestReader();

    static String envelope(String prefix, String envelopeNamespace, String body) {
        String p = prefix.isEmpty() ? "" : prefix + ":";
        String declaration = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><" + p + "Envelope " + declaration + "=\"" + envelopeNamespace
                + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><" + p + "Body>" + body + "</" + p
                + "Body></" + p + "Envelope>";
    }

    static String soap11(String body) {
        return envelope("soap", SoapVersion.SOAP_11.envelopeNamespace(), body);
    }

    private SoapRequest read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void decodesEveryWebConnectorCall() {
        String ns = " xmlns=\"http://developer.intuit.com/\"";
        assertThat(read(soap11("<serverVersion" + ns + " />")).call()).isEqualTo(new QbwcCall.ServerVersion());
        assertThat(read(soap11("<clientVersion" + ns + "><strVersion>2.3.0.36</strVersion></clientVersion>")).call())
                .isEqualTo(new QbwcCall.ClientVersion("2.3.0.36"));
        QbwcCall.Authenticate authenticate = (QbwcCall.Authenticate) read(soap11("<authenticate" + ns
                + "><strUserName>qbwc</strUserName><strPassword>p&amp;ss</strPassword></authenticate>")).call();
        assertThat(authenticate.userName()).isEqualTo("qbwc");
        assertThat(new String(authenticate.password())).isEqualTo("p&ss");
        assertThat(authenticate.toString()).doesNotContain("p&ss");
        assertThat(read(soap11("<sendRequestXML" + ns + "><ticket>t1</ticket><strHCPResponse />"
                + "<strCompanyFileName>C:\\Acme.QBW</strCompanyFileName><qbXMLCountry>US</qbXMLCountry>"
                + "<qbXMLMajorVers>13</qbXMLMajorVers><qbXMLMinorVers>0</qbXMLMinorVers></sendRequestXML>")).call())
                .isEqualTo(new QbwcCall.SendRequestXml("t1", "", "C:\\Acme.QBW", "US", 13, 0));
        assertThat(read(soap11("<receiveResponseXML" + ns + "><ticket>t1</ticket><response>&lt;QBXML&gt;&lt;/QBXML&gt;"
                + "</response><hresult /><message /></receiveResponseXML>")).call())
                .isEqualTo(new QbwcCall.ReceiveResponseXml("t1", "<QBXML></QBXML>", "", ""));
        assertThat(read(soap11("<connectionError" + ns + "><ticket>t1</ticket><hresult>0x80040408</hresult>"
                + "<message>Could not start QuickBooks.</message></connectionError>")).call())
                .isEqualTo(new QbwcCall.ConnectionError("t1", "0x80040408", "Could not start QuickBooks."));
        assertThat(read(soap11("<getLastError" + ns + "><ticket>t1</ticket></getLastError>")).call())
                .isEqualTo(new QbwcCall.GetLastError("t1"));
        assertThat(read(soap11("<closeConnection" + ns + "><ticket>t1</ticket></closeConnection>")).call())
                .isEqualTo(new QbwcCall.CloseConnection("t1"));
        assertThat(read(soap11("<getInteractiveURL" + ns + "><wcTicket>t1</wcTicket><sessionID>s</sessionID>"
                + "</getInteractiveURL>")).call()).isEqualTo(new QbwcCall.GetInteractiveUrl("t1", "s"));
        assertThat(read(soap11("<interactiveDone" + ns + "><wcTicket>t1</wcTicket></interactiveDone>")).call())
                .isEqualTo(new QbwcCall.InteractiveDone("t1"));
        assertThat(read(soap11("<interactiveRejected" + ns + "><wcTicket>t1</wcTicket><reason>no</reason>"
                + "</interactiveRejected>")).call()).isEqualTo(new QbwcCall.InteractiveRejected("t1", "no"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soap", "SOAP-ENV", "s", ""})
    void acceptsAnyEnvelopePrefixAndPrefixedOperations(String prefix) {
        String body = "<dev:getLastError xmlns:dev=\"http://developer.intuit.com/\"><dev:ticket>abc</dev:ticket>"
                + "</dev:getLastError>";

        SoapRequest request = read(envelope(prefix, SoapVersion.SOAP_11.envelopeNamespace(), body));

        assertThat(request.call()).isEqualTo(new QbwcCall.GetLastError("abc"));
        assertThat(request.version()).isEqualTo(SoapVersion.SOAP_11);
    }

    @Test
    void readsSoap12AndSkipsHeaders() {
        String xml = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Header><x>1</x>"
                + "</env:Header><env:Body><serverVersion xmlns=\"http://developer.intuit.com/\"/></env:Body>"
                + "</env:Envelope>";

        SoapRequest request = read(xml);

        assertThat(request.version()).isEqualTo(SoapVersion.SOAP_12);
        assertThat(request.call()).isEqualTo(new QbwcCall.ServerVersion());
    }

    @Test
    void refusesWhatIsNotAWebConnectorCallWithAClearMessage() {
        assertThatThrownBy(() -> read(soap11("<deleteEverything/>")))
                .isInstanceOf(MalformedSoapException.class).hasMessageContaining("Unknown SOAP method 'deleteEverything'");
        assertThatThrownBy(() -> read("<notSoap/>")).isInstanceOf(MalformedSoapException.class)
                .hasMessageContaining("not a SOAP envelope");
        assertThatThrownBy(() -> read(soap11(""))).hasMessageContaining("body is empty");
        assertThatThrownBy(() -> read("<soap:Envelope xmlns:soap=\"urn:other\"><soap:Body/></soap:Envelope>"))
                .hasMessageContaining("Unknown SOAP envelope namespace");
        assertThatThrownBy(() -> read(soap11("<sendRequestXML><qbXMLMajorVers>thirteen</qbXMLMajorVers>"
                + "</sendRequestXML>"))).isInstanceOf(MalformedSoapException.class).hasMessageContaining("not a number");
        assertThatThrownBy(() -> read("")).isInstanceOf(MalformedSoapException.class);
    }

    @Test
    void decodesARealReceiveResponseXmlCapture() throws Exception {
        String capture = Files.readString(
                SharedCorpus.require("derived/REAL_receiveResponseXML_3100_error__extracted_from_soap_xml_test.php.xml"));

        QbwcCall.ReceiveResponseXml call = (QbwcCall.ReceiveResponseXml) read(capture).call();

        assertThat(call.ticket()).isEqualTo("7fe1d3dccd44d65f2f3d85a077f1705f");
        assertThat(call.response()).contains("statusCode=\"3100\"").startsWith("<?xml");
        assertThat(call.hresult()).isEmpty();
    }

    @Test
    void decodesTheLiteralRequestsOfAnotherServersTestSuite() throws Exception {
        String php = Files.readString(SharedCorpus.require("02_soap_qbwc/mreiden-quickbooks-php_WebConnectorServerTest.php"));
        Matcher requests = Pattern.compile("\\$xmlRequest\\s*=\\s*implode\\(\"\\\\n\", \\[(.*?)\\]\\);", Pattern.DOTALL)
                .matcher(php);
        int decoded = 0;
        while (requests.find()) {
            String lines = requests.group(1);
            if (lines.contains("' .")) {
                continue; // built from PHP variables, not a literal envelope
            }
            String xml = lines.lines().map(String::strip).filter(line -> line.startsWith("'"))
                    .map(line -> line.replaceAll("^'|',?$", "")).reduce("", (a, b) -> a + "\n" + b);
            assertThat(read(xml).call().method()).isNotBlank();
            decoded++;
        }
        assertThat(decoded).isPositive();
    }
}
