package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the first sendRequestXML's strHCPResponse says about QuickBooks: product, country, supported qbXML
 * versions (HostRet) and the company name (CompanyRet). It stops once it has them, so damage later in the document
 * (real captures have some) does not matter.
 */
public final class HostInfoReader {

    public HostInfo read(String hcpResponse) {
        String product = "";
        String country = "";
        String company = null;
        List<QbxmlVersion> versions = new ArrayList<>();
        try (QbxmlDocument document = QbxmlDocument.open(hcpResponse)) {
            XMLStreamReader reader = document.reader();
            while (company == null && StaxReading.nextStartElement(reader)) {
                switch (reader.getLocalName()) {
                    case "ProductName" -> product = reader.getElementText().trim();
                    case "Country" -> country = country.isEmpty() ? reader.getElementText().trim() : country;
                    case "SupportedQBXMLVersion" -> versions.add(version(reader.getElementText()));
                    case "CompanyName" -> company = reader.getElementText().trim();
                    case "Address", "LegalAddress" -> StaxReading.skipElement(reader);
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            if (versions.isEmpty()) {
                throw QbxmlDocument.unreadable(e);
            }
        }
        return new HostInfo(product, company, country, versions);
    }

    private static QbxmlVersion version(String text) {
        try {
            return QbxmlVersion.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedQbxmlException("SupportedQBXMLVersion '" + text.trim() + "' is not a version.");
        }
    }
}
