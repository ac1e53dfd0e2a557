package dev.qbrsync.core.quickbooks;

import java.util.List;

/**
 * What QuickBooks said about itself in the first sendRequestXML's strHCPResponse (HostQuery, CompanyQuery,
 * PreferencesQuery). Any field may be empty when QuickBooks left it out.
 */
public record HostInfo(String productName, String companyName, String country, List<QbxmlVersion> supportedVersions) {

    public HostInfo {
        productName = productName == null ? "" : productName;
        companyName = companyName == null ? "" : companyName;
        country = country == null ? "" : country;
        supportedVersions = List.copyOf(supportedVersions);
    }

    public static HostInfo unknown() {
        return new HostInfo("", "", "", List.of());
    }
}
