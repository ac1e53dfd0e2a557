package dev.qbrsync.codec.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one place that builds XML factories. Input is hardened: no DTDs, no external entities, bounded size, depth and
 * attributes, so a hostile document fails fast instead of exhausting the server. Everything else asks here.
 */
public final class XmlFactories {
    private static final XMLInputFactory DEFAULT_INPUT = hardenedInput(XmlLimits.DEFAULT);
    private static final XMLOutputFactory OUTPUT = output();

    private XmlFactories() {
    }

    public static XMLInputFactory input() {
        return DEFAULT_INPUT;
    }

    public static XMLOutputFactory outputFactory() {
        return OUTPUT;
    }

    public static XMLInputFactory hardenedInput(XmlLimits limits) {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, limits.maxCharacters());
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxTextLength());
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxElementDepth());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxAttributesPerElement());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxAttributeSize());
        // Parse errors surface where they are read, as XMLStreamException, never later as an unchecked one.
        factory.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are never loaded (" + systemId + ")");
        });
        return factory;
    }

    private static XMLOutputFactory output() {
        XMLOutputFactory factory = new WstxOutputFactory();
        factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        // QuickBooks' messages can carry control characters XML 1.0 cannot hold; they become spaces, not failures.
        factory.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER, new InvalidCharHandler.ReplacingHandler(' '));
        return factory;
    }
}
