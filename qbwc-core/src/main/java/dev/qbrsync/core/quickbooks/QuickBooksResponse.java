package dev.qbrsync.core.quickbooks;

import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;

/** A parsed qbXML response to one of our requests. */
public sealed interface QuickBooksResponse {

    QbxmlStatus status();

    record ProfitAndLossReceived(QbxmlStatus status, ProfitAndLossReport report) implements QuickBooksResponse {
    }

    record EmployeesReceived(QbxmlStatus status, EmployeeRoster roster) implements QuickBooksResponse {
    }

    /** QuickBooks refused the request; there is no data. */
    record Refused(QbxmlStatus status) implements QuickBooksResponse {
    }
}
