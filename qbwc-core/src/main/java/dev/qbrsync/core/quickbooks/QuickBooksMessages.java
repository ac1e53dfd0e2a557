package dev.qbrsync.core.quickbooks;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.report.ReportBasis;

import java.util.List;

/** Writes our qbXML requests and reads QuickBooks' answers; the core never touches XML itself. */
public interface QuickBooksMessages {

    /** The qbXML versions requests can be written in, any order. */
    List<QbxmlVersion> supportedVersions();

    /** A read-only qbXML request for the task. */
    String request(SyncTask task, QbxmlTarget target, ReportBasis basis);

    /**
     * Reads QuickBooks' answer to the request for {@code task}.
     *
     * @throws MalformedQbxmlException when it is not a readable answer to that request
     */
    QuickBooksResponse read(SyncTask task, String qbxml);

    /**
     * Reads the strHCPResponse of the first sendRequestXML.
     *
     * @throws MalformedQbxmlException when it is not readable
     */
    HostInfo readHostInfo(String hcpResponse);
}
