package dev.qbrsync.core.company;

import java.time.Instant;
import java.util.Objects;

/**
 * What a company's QuickBooks last said about itself at the start of a session, and the qbXML version its requests
 * were written in then.
 *
 * @param supportedVersions the qbXML versions it listed, or what the Web Connector reported when it listed none
 * @param country           the edition, as the qbXML was written for it: US, CA, UK or AU
 * @param writtenIn         the qbXML version requests were written in, e.g. "13.0"
 */
public record QuickBooksSeen(String product, String country, String supportedVersions, String writtenIn,
                             Instant seenAt) {

    public QuickBooksSeen {
        product = product == null ? "" : product;
        country = country == null ? "" : country;
        supportedVersions = supportedVersions == null ? "" : supportedVersions;
        writtenIn = writtenIn == null ? "" : writtenIn;
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
