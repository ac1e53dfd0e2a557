package dev.qbrsync.codec.soap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qbrsync.codec.soap.SoapResponseWriter.utf8;
import static org.assertj.core.api.Assertions.assertThat;

class SoapResponseWriterTest {
    private final SoapResponseWriter writer = new SoapResponseWriter();

    @Test
    void wrapsAResultInTheMethodsResponseElementInIntuitsNamespace() {
        String xml = utf8(writer.text(SoapVersion.SOAP_11, "serverVersion", "QBR Sync 1.0 <beta> & more"));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">")
                .contains("<serverVersionResponse xmlns=\"http://developer.intuit.com/\"><serverVersionResult>"
                        + "QBR Sync 1.0 &lt;beta> &amp; more</serverVersionResult></serverVersionResponse>");
    }

    @Test
    void authenticateKeepsEmptyStringsInTheirPlaces() {
        String xml = utf8(writer.strings(SoapVersion.SOAP_11, "authenticate", List.of("ticket-1", "", "")));

        assertThat(xml).contains("<authenticateResult><string>ticket-1</string><string></string><string></string>"
                + "</authenticateResult>");
    }

    @Test
    void controlCharactersFromQuickBooksBecomeSpacesInsteadOfBreakingTheResponse() {
        String xml = utf8(writer.text(SoapVersion.SOAP_11, "getLastError", "bad\u0001byte"));

        assertThat(xml).contains("<getLastErrorResult>bad byte</getLastErrorResult>");
    }

    @Test
    void writesNumbersAsText() {
        assertThat(utf8(writer.number(SoapVersion.SOAP_11, "receiveResponseXML", -1)))
                .contains("<receiveResponseXMLResult>-1</receiveResponseXMLResult>");
    }

    @Test
    void answersInTheRequestsSoapVersion() {
        assertThat(utf8(writer.text(SoapVersion.SOAP_12, "getLastError", "x")))
                .contains("http://www.w3.org/2003/05/soap-envelope");
    }

    @Test
    void faultsCarryACodeAndAReadableMessage() {
        String soap11 = utf8(writer.fault(SoapVersion.SOAP_11, true, "Unknown SOAP method 'x'."));
        String soap12 = utf8(writer.fault(SoapVersion.SOAP_12, false, "database unavailable"));

        assertThat(soap11).contains("<soap:Fault><faultcode>soap:Client</faultcode>"
                + "<faultstring>Unknown SOAP method 'x'.</faultstring></soap:Fault>");
        assertThat(soap12).contains("<soap:Value>soap:Receiver</soap:Value>").contains("database unavailable");
    }

    @Test
    void aWrittenResponseReadsBackThroughAStandardParser() throws Exception {
        byte[] bytes = writer.text(SoapVersion.SOAP_11, "sendRequestXML", "<?xml version=\"1.0\"?><QBXML/>");

        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));

        assertThat(document.getElementsByTagNameNS("http://developer.intuit.com/", "sendRequestXMLResult").item(0)
                .getTextContent()).isEqualTo("<?xml version=\"1.0\"?><QBXML/>");
    }
}
