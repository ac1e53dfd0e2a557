package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.JobPage;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportBasis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The core's QuickBooks port in qbXML. Requests can be written in every version from qbXML 2.0 (QuickBooks 2003) to
 * 14.0, see {@link QbxmlVersions}; {@link QbxmlVersionNegotiation} picks one for a session.
 */
public final class QbxmlMessages implements QuickBooksMessages {
    private static final QbxmlVersion FIRST_TO_ASK_FOR_FILE_ID = new QbxmlVersion(3, 0);
    private final QbxmlRequestWriter requestWriter = new QbxmlRequestWriter();
    private final QbxmlVersionNegotiation negotiation = new QbxmlVersionNegotiation(QbxmlVersions.writableTargets());
    private final ProfitAndLossReader profitAndLossReader = new ProfitAndLossReader();
    private final EmployeeListReader employeeListReader = new EmployeeListReader();
    private final HostInfoReader hostInfoReader = new HostInfoReader();
    private final JobRequestCheck jobRequestCheck = new JobRequestCheck();
    private final JobPageReader jobPageReader = new JobPageReader();
    private final FileIdReader fileIdReader = new FileIdReader();

    /** Every qbXML version and edition requests can be written for. */
    public List<QbxmlTarget> writableTargets() {
        return QbxmlVersions.writableTargets();
    }

    @Override
    public Optional<QbxmlTarget> negotiate(HostInfo host, String qbxmlCountry, int qbxmlMajorVers,
                                           int qbxmlMinorVers) {
        return negotiation.choose(host, qbxmlCountry, qbxmlMajorVers, qbxmlMinorVers);
    }

    @Override
    public String explainNoCommonVersion(HostInfo host, String qbxmlCountry, int qbxmlMajorVers,
                                         int qbxmlMinorVers) {
        return negotiation.explainNoCommonVersion(host, qbxmlCountry, qbxmlMajorVers, qbxmlMinorVers);
    }

    @Override
    public String request(List<SyncTask> tasks, Map<String, JobRequest> jobRequests, Optional<String> fileIdOwner,
                          QbxmlTarget target, ReportBasis basis) {
        return requestWriter.write(tasks, jobRequests, fileIdOwner, target, basis);
    }

    /** From qbXML 3.0 on: the 2.0 template marks CompanyQuery's OwnerID "not supported by QBD". */
    @Override
    public boolean canAskForFileId(QbxmlTarget target) {
        return target.version().compareTo(FIRST_TO_ASK_FOR_FILE_ID) >= 0;
    }

    @Override
    public Optional<String> readFileId(String ownerId, String qbxml) {
        return fileIdReader.read(ownerId, qbxml);
    }

    @Override
    public Optional<String> refusal(JobRequest request, QbxmlTarget target) {
        return jobRequestCheck.refusal(request, target);
    }

    @Override
    public JobPage readJobPage(SyncTask.Job task, JobRequest request, String qbxml) {
        return jobPageReader.read(task, request, qbxml);
    }

    @Override
    public QuickBooksResponse read(SyncTask task, String qbxml) {
        if (task instanceof SyncTask.ProfitAndLoss profitAndLoss) {
            return profitAndLossReader.read(qbxml, profitAndLoss);
        }
        return employeeListReader.read(qbxml);
    }

    @Override
    public HostInfo readHostInfo(String hcpResponse) {
        return hostInfoReader.read(hcpResponse);
    }
}
