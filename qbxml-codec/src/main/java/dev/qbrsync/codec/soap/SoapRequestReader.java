package dev.qbrsync.codec.soap;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.codec.xml.XmlFactories;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a Web Connector SOAP request in one streaming pass. Dispatch is on the body's first element, whatever
 * namespace prefix the client chose; parameters are matched by local name, and a missing or self-closed one is empty.
 */
public final class SoapRequestReader {
    private static final Map<String, Function<Map<String, String>, QbwcCall>> OPERATIONS = Map.ofEntries(
            Map.entry("serverVersion", p -> new QbwcCall.ServerVersion()),
            Map.entry("clientVersion", p -> new QbwcCall.ClientVersion(p.getOrDefault("strVersion", ""))),
            Map.entry("authenticate", p -> new QbwcCall.Authenticate(p.getOrDefault("strUserName", ""),
                    p.getOrDefault("strPassword", "").toCharArray())),
            Map.entry("sendRequestXML", p -> new QbwcCall.SendRequestXml(p.getOrDefault("ticket", ""),
                    p.getOrDefault("strHCPResponse", ""), p.getOrDefault("strCompanyFileName", ""),
                    p.getOrDefault("qbXMLCountry", ""), number(p, "qbXMLMajorVers"), number(p, "qbXMLMinorVers"))),
            Map.entry("receiveResponseXML", p -> new QbwcCall.ReceiveResponseXml(p.getOrDefault("ticket", ""),
                    p.getOrDefault("response", ""), p.getOrDefault("hresult", ""), p.getOrDefault("message", ""))),
            Map.entry("connectionError", p -> new QbwcCall.ConnectionError(p.getOrDefault("ticket", ""),
                    p.getOrDefault("hresult", ""), p.getOrDefault("message", ""))),
            Map.entry("getLastError", p -> new QbwcCall.GetLastError(p.getOrDefault("ticket", ""))),
            Map.entry("closeConnection", p -> new QbwcCall.CloseConnection(p.getOrDefault("ticket", ""))),
            Map.entry("getInteractiveURL", p -> new QbwcCall.GetInteractiveUrl(p.getOrDefault("wcTicket", ""),
                    p.getOrDefault("sessionID", ""))),
            Map.entry("interactiveDone", p -> new QbwcCall.InteractiveDone(p.getOrDefault("wcTicket", ""))),
            Map.entry("interactiveRejected", p -> new QbwcCall.InteractiveRejected(p.getOrDefault("wcTicket", ""),
                    p.getOrDefault("reason", ""))));

    private final XMLInputFactory factory;

    public SoapRequestReader() {
        this(XmlFactories.input());
    }

    public SoapRequestReader(XMLInputFactory factory) {
        this.factory = factory;
    }

    public SoapRequest read(InputStream body) {
        SoapVersion version = null;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(body);
            if (!StaxReading.nextStartElement(reader) || !reader.getLocalName().equals("Envelope")) {
                throw new MalformedSoapException("The request is not a SOAP envelope.", null);
            }
            version = SoapVersion.ofNamespace(reader.getNamespaceURI());
            if (version == null) {
                throw new MalformedSoapException("Unknown SOAP envelope namespace '" + reader.getNamespaceURI()
                        + "'; expected SOAP 1.1 or 1.2.", null);
            }
            moveToBody(reader, version);
            if (!StaxReading.nextChild(reader)) {
                throw new MalformedSoapException("The SOAP body is empty; it must hold one Web Connector call.",
                        version);
            }
            String operation = reader.getLocalName();
            Function<Map<String, String>, QbwcCall> decoder = OPERATIONS.get(operation);
            if (decoder == null) {
                throw new MalformedSoapException("Unknown SOAP method '" + operation + "'.", version);
            }
            return new SoapRequest(version, decoder.apply(parameters(reader, version)));
        } catch (XMLStreamException e) {
            throw new MalformedSoapException("The request is not well-formed XML: " + firstLine(e.getMessage()),
                    version, e);
        } catch (NumberFormatException e) {
            throw new MalformedSoapException("A qbXML version number is not a number: " + e.getMessage(), version, e);
        } finally {
            close(reader);
        }
    }

    private static void moveToBody(XMLStreamReader reader, SoapVersion version) throws XMLStreamException {
        while (StaxReading.nextChild(reader)) {
            if (reader.getLocalName().equals("Body") && version.envelopeNamespace().equals(reader.getNamespaceURI())) {
                return;
            }
            StaxReading.skipElement(reader);
        }
        throw new MalformedSoapException("The SOAP envelope has no Body.", version);
    }

    private static Map<String, String> parameters(XMLStreamReader reader, SoapVersion version) throws XMLStreamException {
        Map<String, String> parameters = new HashMap<>();
        while (StaxReading.nextChild(reader)) {
            String name = reader.getLocalName();
            try {
                parameters.put(name, reader.getElementText());
            } catch (XMLStreamException e) {
                throw new MalformedSoapException("Parameter '" + name + "' must be text, not markup.", version, e);
            }
        }
        return parameters;
    }

    private static int number(Map<String, String> parameters, String name) {
        String text = parameters.getOrDefault(name, "").trim();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }
}
