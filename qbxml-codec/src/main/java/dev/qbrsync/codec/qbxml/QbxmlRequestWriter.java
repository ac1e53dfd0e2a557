package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxCopy;
import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.codec.xml.StaxWriting;
import dev.qbrsync.codec.xml.XmlFactories;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.report.ReportBasis;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one qbXML message holding one request per task, in the target's qbXML version: only the elements that
 * version has, in the order it demands. Only read-only queries exist here: the two of the QBR sync, and jobs' queries,
 * which {@link JobRequestCheck} lets through only when they are queries: nothing this class writes can change a
 * company file.
 */
public final class QbxmlRequestWriter {
    /** The requestID of the question for the FileID; no task's code looks like it. */
    static final String FILE_ID_REQUEST = "FILE-ID";
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
        return write(tasks, Map.of(), target, basis);
    }

    /**
     * The same, with jobs' queries among the tasks ({@code jobRequests} by job name, checked by
     * {@link JobRequestCheck} beforehand).
     */
    public String write(List<SyncTask> tasks, Map<String, JobRequest> jobRequests, QbxmlTarget target,
                        ReportBasis basis) {
        return write(tasks, jobRequests, Optional.empty(), target, basis);
    }

    /**
     * The same, asking first, when {@code fileIdOwner} is given, for the company with the data extensions kept under
     * that OwnerID (a CompanyQuery with requestID {@value #FILE_ID_REQUEST}): its answer carries the FileID the Web
     * Connector wrote into the file for us.
     */
    public String write(List<SyncTask> tasks, Map<String, JobRequest> jobRequests, Optional<String> fileIdOwner,
                        QbxmlTarget target, ReportBasis basis) {
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
            if (fileIdOwner.isPresent()) {
                fileIdQuestion(w, fileIdOwner.get());
            }
            for (SyncTask task : tasks) {
                if (task instanceof SyncTask.ProfitAndLoss profitAndLoss) {
                    profitAndLoss(w, profitAndLoss, dialect, basis);
                } else if (task instanceof SyncTask.Job job) {
                    job(w, job, jobRequests.get(job.name()));
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

    /** CompanyQueryRq holds IncludeRetElement* then OwnerID* (qbXML 3.0 to 14.0 templates, qbxmlops130.xsd). */
    private static void fileIdQuestion(XMLStreamWriter w, String ownerId) throws XMLStreamException {
        w.writeStartElement("CompanyQueryRq");
        w.writeAttribute("requestID", FILE_ID_REQUEST);
        StaxWriting.textElement(w, "OwnerID", ownerId);
        w.writeEndElement();
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

    /**
     * A job's query, with its requestID and, when it pages, the iterator attributes; its content is copied element by
     * element, so nothing in it can end the request early or add another.
     */
    private static void job(XMLStreamWriter w, SyncTask.Job job, JobRequest request) throws XMLStreamException {
        if (request == null) {
            throw new IllegalArgumentException("No request was written for job " + job.name());
        }
        w.writeStartElement(request.queryElement());
        w.writeAttribute("requestID", job.requestId());
        if (request.paged()) {
            w.writeAttribute("iterator", job.continues() ? "Continue" : "Start");
            if (job.continues()) {
                w.writeAttribute("iteratorID", job.iteratorId());
            }
        }
        XMLStreamReader content = JobRequestCheck.wrapped(request.content());
        StaxReading.nextStartElement(content);
        while (StaxReading.nextChild(content)) {
            StaxCopy.copyElement(content, w);
        }
        content.close();
        w.writeEndElement();
    }

    private static void startRequest(XMLStreamWriter w, QueryElement.Query query, SyncTask task)
            throws XMLStreamException {
        w.writeStartElement(query.requestTag());
        w.writeAttribute("requestID", task.encode());
    }
}
