package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the first sendRequestXML's strHCPResponse says about QuickBooks: from HostRet its product, release,
 * country and supported qbXML versions; from CompanyRet the company name and the Web Connector's FileID data
 * extensions. Real captures are damaged in places, so whatever was read before the damage is kept, and once the
 * supported versions are known reading never fails. The PreferencesQuery answer is never read.
 */
public final class HostInfoReader {

    public HostInfo read(String hcpResponse) {
        Facts facts = new Facts();
        try (QbxmlDocument document = QbxmlDocument.open(hcpResponse)) {
            XMLStreamReader reader = document.reader();
            while (!(facts.hostRead && facts.companyRead) && StaxReading.nextStartElement(reader)) {
                switch (reader.getLocalName()) {
                    case "HostRet" -> readHost(reader, facts);
                    case "CompanyRet" -> readCompany(reader, facts);
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            if (facts.versions.isEmpty()) {
                throw QbxmlDocument.unreadable(e);
            }
        }
        return new HostInfo(facts.product, facts.company, facts.country, facts.versions, facts.major, facts.minor,
                facts.fileIds);
    }

    private static void readHost(XMLStreamReader reader, Facts facts) throws XMLStreamException {
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "ProductName" -> facts.product = reader.getElementText().trim();
                case "MajorVersion" -> facts.major = number(reader.getElementText());
                case "MinorVersion" -> facts.minor = number(reader.getElementText());
                case "Country" -> facts.country = reader.getElementText().trim();
                case "SupportedQBXMLVersion" -> version(reader.getElementText()).ifPresent(facts.versions::add);
                default -> StaxReading.skipElement(reader);
            }
        }
        facts.hostRead = true;
    }

    private static void readCompany(XMLStreamReader reader, Facts facts) throws XMLStreamException {
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "CompanyName" -> facts.company = reader.getElementText().trim();
                case "DataExtRet" -> fileId(reader).ifPresent(facts.fileIds::add);
                default -> StaxReading.skipElement(reader);
            }
        }
        facts.companyRead = true;
    }

    /** The data extension (the cursor on its DataExtRet), when it is a FileID the Web Connector stored. */
    static Optional<HostInfo.FileId> fileId(XMLStreamReader reader) throws XMLStreamException {
        String ownerId = null;
        String name = null;
        String value = null;
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "OwnerID" -> ownerId = reader.getElementText().trim();
                case "DataExtName" -> name = reader.getElementText().trim();
                case "DataExtValue" -> value = reader.getElementText().trim();
                default -> StaxReading.skipElement(reader);
            }
        }
        return "FileID".equals(name) && ownerId != null && value != null
                ? Optional.of(new HostInfo.FileId(ownerId, value)) : Optional.empty();
    }

    /** An entry that is not a version (none has been seen yet) is left out rather than failing the session. */
    private static Optional<QbxmlVersion> version(String text) {
        try {
            return Optional.of(QbxmlVersion.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** What has been read so far. */
    private static final class Facts {
        private String product = "";
        private String company = "";
        private String country = "";
        private int major;
        private int minor;
        private final List<QbxmlVersion> versions = new ArrayList<>();
        private final List<HostInfo.FileId> fileIds = new ArrayList<>();
        private boolean hostRead;
        private boolean companyRead;
    }
}
