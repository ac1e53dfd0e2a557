package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportBasis;

import java.util.List;

/**
 * The core's QuickBooks port in qbXML. Requests are written in qbXML 13.0, the version whose schema they are validated
 * against; QuickBooks 2014 and later accept it.
 */
public final class QbxmlMessages implements QuickBooksMessages {
    private static final List<QbxmlVersion> SUPPORTED = List.of(new QbxmlVersion(13, 0));

    private final QbxmlRequestWriter requestWriter = new QbxmlRequestWriter();
    private final ProfitAndLossReader profitAndLossReader = new ProfitAndLossReader();
    private final EmployeeListReader employeeListReader = new EmployeeListReader();
    private final HostInfoReader hostInfoReader = new HostInfoReader();

    @Override
    public List<QbxmlVersion> supportedVersions() {
        return SUPPORTED;
    }

    /** Every qbXML version and edition requests can be written for, as {@link QbxmlVersionNegotiation} needs. */
    public List<QbxmlTarget> writableTargets() {
        return QbxmlVersions.writableTargets();
    }

    @Override
    public String request(SyncTask task, QbxmlTarget target, ReportBasis basis) {
        return requestWriter.write(task, target, basis);
    }

    /** One qbXML message asking for every task, in order; each request's requestID is its task's code. */
    public String request(List<SyncTask> tasks, QbxmlTarget target, ReportBasis basis) {
        return requestWriter.write(tasks, target, basis);
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
