package dev.qbrsync.core.quickbooks;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.report.ReportBasis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes our qbXML requests and reads QuickBooks' answers; the core never touches XML itself. */
public interface QuickBooksMessages {

    /**
     * The qbXML version and edition to write this QuickBooks' requests in: the highest both sides support. Empty when
     * we speak none of its versions.
     *
     * @param host           what the first strHCPResponse said (its version list may be empty)
     * @param qbxmlCountry   QBWC's qbXMLCountry
     * @param qbxmlMajorVers with qbxmlMinorVers, the highest version QBWC reported
     */
    Optional<QbxmlTarget> negotiate(HostInfo host, String qbxmlCountry, int qbxmlMajorVers, int qbxmlMinorVers);

    /** Why {@link #negotiate} found nothing, for getLastError: what QuickBooks supports and what we need. */
    String explainNoCommonVersion(HostInfo host, String qbxmlCountry, int qbxmlMajorVers, int qbxmlMinorVers);

    /** One read-only qbXML message asking for every task, in order; QuickBooks answers each even if one fails. */
    default String request(List<SyncTask> tasks, QbxmlTarget target, ReportBasis basis) {
        return request(tasks, Map.of(), target, basis);
    }

    /**
     * The same, with the jobs' requests among the tasks: {@code jobRequests} holds each job's query by job name,
     * checked by {@link #refusal} beforehand.
     */
    default String request(List<SyncTask> tasks, Map<String, JobRequest> jobRequests, QbxmlTarget target,
                           ReportBasis basis) {
        return request(tasks, jobRequests, Optional.empty(), target, basis);
    }

    /**
     * The same, asking first, when {@code fileIdOwner} is given, for the FileID the Web Connector keeps in the open
     * company file under that OwnerID (only where {@link #canAskForFileId} says the version can ask).
     */
    String request(List<SyncTask> tasks, Map<String, JobRequest> jobRequests, Optional<String> fileIdOwner,
                   QbxmlTarget target, ReportBasis basis);

    /** Whether a message in the target's qbXML can ask QuickBooks for the FileID kept under an OwnerID. */
    boolean canAskForFileId(QbxmlTarget target);

    /**
     * The FileID kept under {@code ownerId}, from QuickBooks' answer to that question in the response message; empty
     * when the file holds none for that OwnerID.
     *
     * @throws MalformedQbxmlException when the message holds no readable answer to the question, or an error instead
     */
    Optional<String> readFileId(String ownerId, String qbxml);

    /**
     * Why a job's query cannot be sent in the target's qbXML (not a query, a request or an iterator that version does
     * not have, content that is not qbXML); empty when it can.
     */
    Optional<String> refusal(JobRequest request, QbxmlTarget target);

    /**
     * Reads QuickBooks' answer to a job's request (the response element with the request's requestID and the answer
     * element's name) out of the response message.
     *
     * @throws MalformedQbxmlException when it holds no readable answer to that request
     */
    JobPage readJobPage(SyncTask.Job task, JobRequest request, String qbxml);

    /**
     * Reads QuickBooks' answer to the request for {@code task} out of the response message.
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
