package dev.qbrsync.codec.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small writing steps shared by the SOAP and qbXML writers. */
public final class StaxWriting {

    private StaxWriting() {
    }

    /** {@code <name>text</name>} in the writer's current namespace. */
    public static void textElement(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(text == null ? "" : text);
        writer.writeEndElement();
    }
}
