package dev.qbrsync.core.exchange;

import java.util.Objects;

/**
 * What the Web Connector sends with sendRequestXML, built by name:
 * {@code SendRequestXml.forTicket(ticket).companyFile("C:\\Books\\Acme.qbw").qbxml("US", 13, 0)}.
 *
 * @param hcpResponse      QuickBooks' host, company and preferences answer, sent on a session's first call only
 * @param qbxmlCountry     the edition's country code ({@code US}, {@code CA}, {@code UK})
 * @param qbxmlMajorVersion the newest qbXML version QuickBooks supports, major part
 */
public record SendRequestXml(String ticket, String hcpResponse, String companyFileName, String qbxmlCountry,
                             int qbxmlMajorVersion, int qbxmlMinorVersion) {

    public SendRequestXml {
        Objects.requireNonNull(ticket, "ticket");
        hcpResponse = Objects.requireNonNullElse(hcpResponse, "");
        companyFileName = Objects.requireNonNullElse(companyFileName, "");
        qbxmlCountry = Objects.requireNonNullElse(qbxmlCountry, "");
    }

    /** A call for this session with nothing else said yet: no host answer, no file, no qbXML version. */
    public static SendRequestXml forTicket(String ticket) {
        return new SendRequestXml(ticket, "", "", "", 0, 0);
    }

    public SendRequestXml hostResponse(String hcp) {
        return new SendRequestXml(ticket, hcp, companyFileName, qbxmlCountry, qbxmlMajorVersion, qbxmlMinorVersion);
    }

    public SendRequestXml companyFile(String path) {
        return new SendRequestXml(ticket, hcpResponse, path, qbxmlCountry, qbxmlMajorVersion, qbxmlMinorVersion);
    }

    /** The edition and the newest qbXML version QuickBooks reported. */
    public SendRequestXml qbxml(String country, int major, int minor) {
        return new SendRequestXml(ticket, hcpResponse, companyFileName, country, major, minor);
    }
}
