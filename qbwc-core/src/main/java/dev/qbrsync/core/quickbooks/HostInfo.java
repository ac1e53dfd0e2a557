package dev.qbrsync.core.quickbooks;

import java.util.List;
import java.util.Objects;

/**
 * What QuickBooks said about itself in the first sendRequestXML's strHCPResponse (HostQuery, CompanyQuery,
 * PreferencesQuery). Any field may be empty when QuickBooks left it out; QuickBooks' own version is 0 then.
 *
 * @param qbMajorVersion QuickBooks' release (HostRet MajorVersion), e.g. 24 for QuickBooks 2014; not a qbXML version
 * @param fileIds        the company's FileID data extensions, one per Web Connector application (OwnerID)
 */
public record HostInfo(String productName, String companyName, String country, List<QbxmlVersion> supportedVersions,
                       int qbMajorVersion, int qbMinorVersion, List<FileId> fileIds) {

    public HostInfo {
        productName = productName == null ? "" : productName;
        companyName = companyName == null ? "" : companyName;
        country = country == null ? "" : country;
        supportedVersions = List.copyOf(supportedVersions);
        fileIds = List.copyOf(fileIds);
    }

    /** Without QuickBooks' own version and the file IDs. */
    public HostInfo(String productName, String companyName, String country, List<QbxmlVersion> supportedVersions) {
        this(productName, companyName, country, supportedVersions, 0, 0, List.of());
    }

    public static HostInfo unknown() {
        return new HostInfo("", "", "", List.of());
    }

    /**
     * A FileID the Web Connector stored in the company file for the application with that OwnerID, so the
     * application can tell it is talking to the same file as before.
     */
    public record FileId(String ownerId, String value) {

        public FileId {
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(value, "value");
        }
    }
}
