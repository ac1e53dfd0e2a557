package dev.qbrsync.codec.xml;

/**
 * Bounds every document we read must stay within. The qbXML a SOAP request carries is one text node, so the text
 * bound has to hold the largest report we accept.
 */
public record XmlLimits(long maxCharacters, int maxTextLength, int maxElementDepth, int maxAttributesPerElement,
                        int maxAttributeSize) {

    public static final XmlLimits DEFAULT = new XmlLimits(200_000_000L, 100_000_000, 64, 32, 64 * 1024);
}
