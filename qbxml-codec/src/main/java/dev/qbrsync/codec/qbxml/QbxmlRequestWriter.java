package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxWriting;
import dev.qbrsync.codec.xml.XmlFactories;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.report.ReportBasis;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Writes one qbXML message holding one request per task, in the target's qbXML version: only the elements that
 * version has, in the order it demands. Only the two read-only queries a {@link SyncTask} can stand for exist here:
 * nothing this class writes can change a company file.
 */
public final class QbxmlRequestWriter {
    private static final List<String> EMPLOYEE_FIELDS = List.of("ListID", "Name", "IsActive", "HiredDate",
            "ReleasedDate");

    public String write(SyncTask task, QbxmlTarget target, ReportBasis basis) {
        return write(List.of(task), target, basis);
    }

    /**
     * One message, requests in task order, each with the task's code as requestID. QuickBooks runs every request
     * even when an earlier one fails (continueOnError): they are all queries, so nothing is left half done.
     *
     * @throws IllegalArgumentException when there is no task, or no dialect we know for the target
     */
    public String write(List<SyncTask> tasks, QbxmlTarget target, ReportBasis basis) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("A qbXML message needs at least one request.");
        }
        QbxmlDialect dialect = QbxmlVersions.dialectFor(target).orElseThrow(() -> new IllegalArgumentException(
                "QBR Sync cannot write qbXML " + target.version() + " for a " + target.country()
                        + " edition of QuickBooks."));
        StringWriter out = new StringWriter(1024);
        try {
            XMLStreamWriter w = XmlFactories.outputFactory().createXMLStreamWriter(out);
            w.writeStartDocument("1.0");
            w.writeProcessingInstruction("qbxml", "version=\"" + dialect.prologVersion(target.country()) + "\"");
            w.writeStartElement("QBXML");
            w.writeStartElement("QBXMLMsgsRq");
            w.writeAttribute("onError", "continueOnError");
            for (SyncTask task : tasks) {
                if (task instanceof SyncTask.ProfitAndLoss profitAndLoss) {
                    profitAndLoss(w, profitAndLoss, dialect, basis);
                } else {
                    employees(w, task, dialect);
                }
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing a qbXML request failed", e);
        }
        return out.toString();
    }

    private static void profitAndLoss(XMLStreamWriter w, SyncTask.ProfitAndLoss task, QbxmlDialect dialect,
                                      ReportBasis basis) throws XMLStreamException {
        startRequest(w, QueryElement.Query.PROFIT_AND_LOSS, task);
        for (QueryElement element : dialect.elements(QueryElement.Query.PROFIT_AND_LOSS)) {
            switch (element) {
                case GENERAL_SUMMARY_REPORT_TYPE -> StaxWriting.textElement(w, element.tag(), "ProfitAndLossStandard");
                case REPORT_PERIOD -> {
                    w.writeStartElement(element.tag());
                    StaxWriting.textElement(w, "FromReportDate", task.first().atDay(1).toString());
                    StaxWriting.textElement(w, "ToReportDate", task.last().atEndOfMonth().toString());
                    w.writeEndElement();
                }
                case SUMMARIZE_COLUMNS_BY -> StaxWriting.textElement(w, element.tag(), "Month");
                case REPORT_BASIS -> StaxWriting.textElement(w, element.tag(), basis.qbxmlName());
                default -> throw new IllegalStateException(element + " is not part of a P&L request");
            }
        }
        w.writeEndElement();
    }

    private static void employees(XMLStreamWriter w, SyncTask task, QbxmlDialect dialect) throws XMLStreamException {
        startRequest(w, QueryElement.Query.EMPLOYEE_LIST, task);
        for (QueryElement element : dialect.elements(QueryElement.Query.EMPLOYEE_LIST)) {
            switch (element) {
                case ACTIVE_STATUS -> StaxWriting.textElement(w, element.tag(), "All");
                case INCLUDE_RET_ELEMENT -> {
                    for (String field : EMPLOYEE_FIELDS) {
                        StaxWriting.textElement(w, element.tag(), field);
                    }
                }
                default -> throw new IllegalStateException(element + " is not part of an employee request");
            }
        }
        w.writeEndElement();
    }

    private static void startRequest(XMLStreamWriter w, QueryElement.Query query, SyncTask task)
            throws XMLStreamException {
        w.writeStartElement(query.requestTag());
        w.writeAttribute("requestID", task.encode());
    }
}
