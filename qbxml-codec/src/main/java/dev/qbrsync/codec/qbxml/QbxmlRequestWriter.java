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
 * Writes our qbXML requests, elements in the order the qbXML schema demands. Only the two read-only queries a
 * {@link SyncTask} can stand for exist here: nothing this class writes can change a company file.
 */
public final class QbxmlRequestWriter {
    private static final List<String> EMPLOYEE_FIELDS = List.of("ListID", "Name", "IsActive", "HiredDate",
            "ReleasedDate");

    public String write(SyncTask task, QbxmlTarget target, ReportBasis basis) {
        StringWriter out = new StringWriter(1024);
        try {
            XMLStreamWriter w = XmlFactories.outputFactory().createXMLStreamWriter(out);
            w.writeStartDocument("1.0");
            w.writeProcessingInstruction("qbxml", "version=\"" + target.country().versionPrefix() + target.version()
                    + "\"");
            w.writeStartElement("QBXML");
            w.writeStartElement("QBXMLMsgsRq");
            w.writeAttribute("onError", "stopOnError");
            if (task instanceof SyncTask.ProfitAndLoss profitAndLoss) {
                profitAndLoss(w, profitAndLoss, basis);
            } else {
                employees(w);
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

    private static void profitAndLoss(XMLStreamWriter w, SyncTask.ProfitAndLoss task, ReportBasis basis)
            throws XMLStreamException {
        w.writeStartElement("GeneralSummaryReportQueryRq");
        w.writeAttribute("requestID", task.encode());
        StaxWriting.textElement(w, "GeneralSummaryReportType", "ProfitAndLossStandard");
        w.writeStartElement("ReportPeriod");
        StaxWriting.textElement(w, "FromReportDate", task.first().atDay(1).toString());
        StaxWriting.textElement(w, "ToReportDate", task.last().atEndOfMonth().toString());
        w.writeEndElement();
        StaxWriting.textElement(w, "SummarizeColumnsBy", "Month");
        StaxWriting.textElement(w, "ReportBasis", basis.qbxmlName());
        w.writeEndElement();
    }

    private static void employees(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("EmployeeQueryRq");
        w.writeAttribute("requestID", new SyncTask.EmployeeList().encode());
        StaxWriting.textElement(w, "ActiveStatus", "All");
        for (String field : EMPLOYEE_FIELDS) {
            StaxWriting.textElement(w, "IncludeRetElement", field);
        }
        w.writeEndElement();
    }

}
