package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.YearMonth;
import java.util.List;

/**
 * Streams the GeneralSummaryReportQueryRs that answers our P&L request into the core's report, checking the answer
 * against the request: it must carry our requestID, hold a report (a status 1 "no match" without one is not a report of
 * zeros), and have a column for exactly the months asked for. The rows themselves are read by {@link ReportRows}.
 */
public final class ProfitAndLossReader {

    public QuickBooksResponse read(String qbxml, SyncTask.ProfitAndLoss task) {
        try (QbxmlDocument document = QbxmlDocument.open(qbxml)) {
            QbxmlStatus status = document.moveToResponse("GeneralSummaryReportQueryRs", task.encode());
            if (status.isError()) {
                return new QuickBooksResponse.Refused(status);
            }
            ProfitAndLossReport report = readReport(document.reader(), task.months());
            if (report == null) {
                return new QuickBooksResponse.Refused(new QbxmlStatus(status.code(), "Error", "QuickBooks sent no "
                        + "report (status " + status.code() + ": " + status.message() + "); nothing was stored and "
                        + "the months stay due"));
            }
            return new QuickBooksResponse.ProfitAndLossReceived(status, report);
        } catch (XMLStreamException e) {
            throw QbxmlDocument.unreadable(e);
        }
    }

    /** The report in the response, or null when it has none. */
    private ProfitAndLossReport readReport(XMLStreamReader reader, List<YearMonth> months) throws XMLStreamException {
        ReportColumns columns = new ReportColumns();
        ReportBasis basis = ReportBasis.ACCRUAL;
        ReportRows rows = null;
        boolean sawReport = false;
        while (StaxReading.nextChild(reader)) {
            if (!reader.getLocalName().equals("ReportRet")) {
                StaxReading.skipElement(reader);
                continue;
            }
            sawReport = true;
            while (StaxReading.nextChild(reader)) {
                switch (reader.getLocalName()) {
                    case "ReportBasis" -> basis = basis(reader.getElementText());
                    case "ColDesc" -> readColumn(reader, columns);
                    case "ReportData" -> {
                        columns.assign(months);
                        rows = ReportRows.read(reader, columns);
                    }
                    default -> StaxReading.skipElement(reader);
                }
            }
        }
        if (!sawReport) {
            return null;
        }
        if (rows == null) {
            throw new MalformedQbxmlException("The report has no ReportData.");
        }
        return new ProfitAndLossReport(months, rows.accounts(), rows.netIncome(), basis, rows.totals());
    }

    private static void readColumn(XMLStreamReader reader, ReportColumns columns) throws XMLStreamException {
        String colId = StaxReading.attribute(reader, "colID");
        String title = null;
        String type = null;
        while (StaxReading.nextChild(reader)) {
            if (reader.getLocalName().equals("ColTitle")) {
                String value = StaxReading.attribute(reader, "value");
                title = title == null || title.isEmpty() ? value : title + " " + value;
                StaxReading.skipElement(reader);
            } else if (reader.getLocalName().equals("ColType")) {
                type = reader.getElementText();
            } else {
                StaxReading.skipElement(reader);
            }
        }
        columns.describe(colId, title, type);
    }

    private static ReportBasis basis(String text) {
        return text.trim().equalsIgnoreCase("Cash") ? ReportBasis.CASH : ReportBasis.ACCRUAL;
    }
}
