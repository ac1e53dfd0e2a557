package dev.qbrsync.codec.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * Copies elements from a reader to a writer, event by event, so what is copied is re-written (escaped, well-formed),
 * never pasted. qbXML has no namespaces: names are copied by their local part.
 */
public final class StaxCopy {

    private StaxCopy() {
    }

    /** The element the reader is on, with everything in it, as XML text; the reader ends on its end tag. */
    public static String element(XMLStreamReader reader) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter writer = XmlFactories.outputFactory().createXMLStreamWriter(out);
        copyElement(reader, writer);
        writer.close();
        return out.toString();
    }

    /** Copies the element the reader is on, with everything in it; the reader ends on its end tag. */
    public static void copyElement(XMLStreamReader reader, XMLStreamWriter writer) throws XMLStreamException {
        int depth = 0;
        do {
            switch (reader.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    writer.writeStartElement(reader.getLocalName());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    writer.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        writer.writeCharacters(reader.getText());
                default -> {
                    // comments and processing instructions are not copied
                }
            }
        } while (depth > 0 && reader.hasNext() && reader.next() >= 0);
    }
}
