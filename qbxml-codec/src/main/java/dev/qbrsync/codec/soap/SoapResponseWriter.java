package dev.qbrsync.codec.soap;

import dev.qbrsync.codec.xml.StaxWriting;
import dev.qbrsync.codec.xml.XmlFactories;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the responses QBWC expects: {@code <xResponse xmlns="http://developer.intuit.com/"><xResult>…</xResult>
 * </xResponse>} in a SOAP envelope of the request's version, and SOAP Faults.
 */
public final class SoapResponseWriter {
    public static final String QBWC_NAMESPACE = "http://developer.intuit.com/";
    private static final String ENVELOPE_PREFIX = "soap";

    /** A result that is one string (ticket checks, versions, qbXML requests, status texts). */
    public byte[] text(SoapVersion version, String method, String result) {
        return envelope(version, writer -> {
            StaxWriting.textElement(writer, method + "Result", result);
        }, method);
    }

    /** receiveResponseXML's percentage. */
    public byte[] number(SoapVersion version, String method, int result) {
        return text(version, method, Integer.toString(result));
    }

    /** authenticate's array of strings; empty strings are written too, as QBWC counts on their positions. */
    public byte[] strings(SoapVersion version, String method, List<String> results) {
        return envelope(version, writer -> {
            writer.writeStartElement(method + "Result");
            for (String value : results) {
                StaxWriting.textElement(writer, "string", value);
            }
            writer.writeEndElement();
        }, method);
    }

    /** A SOAP Fault; {@code senderFault} is true when the request was at fault (Client/Sender). */
    public byte[] fault(SoapVersion version, boolean senderFault, String message) {
        return document(version, writer -> {
            writer.writeStartElement(ENVELOPE_PREFIX, "Fault", version.envelopeNamespace());
            if (version == SoapVersion.SOAP_11) {
                StaxWriting.textElement(writer, "faultcode", ENVELOPE_PREFIX + ":" + (senderFault ? "Client" : "Server"));
                StaxWriting.textElement(writer, "faultstring", message);
            } else {
                writer.writeStartElement(ENVELOPE_PREFIX, "Code", version.envelopeNamespace());
                writer.writeStartElement(ENVELOPE_PREFIX, "Value", version.envelopeNamespace());
                writer.writeCharacters(ENVELOPE_PREFIX + ":" + (senderFault ? "Sender" : "Receiver"));
                writer.writeEndElement();
                writer.writeEndElement();
                writer.writeStartElement(ENVELOPE_PREFIX, "Reason", version.envelopeNamespace());
                writer.writeStartElement(ENVELOPE_PREFIX, "Text", version.envelopeNamespace());
                writer.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
                writer.writeCharacters(message);
                writer.writeEndElement();
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
    }

    private interface BodyContent {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private byte[] envelope(SoapVersion version, BodyContent result, String method) {
        return document(version, writer -> {
            writer.writeStartElement("", method + "Response", QBWC_NAMESPACE);
            writer.writeDefaultNamespace(QBWC_NAMESPACE);
            result.write(writer);
            writer.writeEndElement();
        });
    }

    private byte[] document(SoapVersion version, BodyContent body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            XMLStreamWriter writer = XmlFactories.outputFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(ENVELOPE_PREFIX, "Envelope", version.envelopeNamespace());
            writer.writeNamespace(ENVELOPE_PREFIX, version.envelopeNamespace());
            writer.writeStartElement(ENVELOPE_PREFIX, "Body", version.envelopeNamespace());
            body.write(writer);
            writer.writeEndElement();
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing a SOAP response failed", e);
        }
        return out.toByteArray();
    }


    /** For logs and tests. */
    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
