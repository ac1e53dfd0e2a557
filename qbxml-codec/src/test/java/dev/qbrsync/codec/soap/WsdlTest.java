package dev.qbrsync.codec.soap;

import dev.qbrsync.core.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class WsdlTest {
    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Set<String> operations(Document wsdl) {
        Set<String> names = new TreeSet<>();
        NodeList portTypes = wsdl.getElementsByTagNameNS(WSDL_NS, "portType");
        NodeList operations = ((Element) portTypes.item(0)).getElementsByTagNameNS(WSDL_NS, "operation");
        for (int i = 0; i < operations.getLength(); i++) {
            names.add(((Element) operations.item(i)).getAttribute("name"));
        }
        return names;
    }

    @Test
    void pointsEveryPortAtTheConfiguredAddress() throws Exception {
        String wsdl = new Wsdl("https://qbr.example.com/api/qbwc").render();

        Document document = parse(wsdl.getBytes(StandardCharsets.UTF_8));
        NodeList addresses = document.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "address");
        assertThat(addresses.getLength()).isEqualTo(1);
        assertThat(((Element) addresses.item(0)).getAttribute("location")).isEqualTo("https://qbr.example.com/api/qbwc");
        assertThat(wsdl).contains("soapAction=\"http://developer.intuit.com/authenticate\"");
        assertThat(operations(document)).containsExactlyInAnyOrder("serverVersion", "clientVersion", "authenticate",
                "sendRequestXML", "receiveResponseXML", "connectionError", "getLastError", "closeConnection");
    }

    @Test
    void offersTheSameOperationsAsIntuitsGeneratedWsdl() throws Exception {
        Path intuit = SharedCorpus.require("01_wsdl/QBWebConnectorSvc__aspnet-generated-WCWebService__flowlink.wsdl");

        Document theirs = parse(java.nio.file.Files.readAllBytes(intuit));
        Document ours = parse(new Wsdl("http://localhost:8080/api/qbwc").render().getBytes(StandardCharsets.UTF_8));

        assertThat(operations(ours)).isEqualTo(operations(theirs));
    }
}
