package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.JobPage;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jobs' queries: checked for the session's qbXML version, written with their iterator, answers found by requestID. */
class JobRequestsTest {
    private static final QbxmlTarget US_13 = target(13, 0);
    private static final JobRequest CUSTOMERS = new JobRequest("CustomerQueryRq",
            "<MaxReturned>500</MaxReturned><ActiveStatus>All</ActiveStatus>", true);
    private static final String ITERATOR = "{eb05f701-e727-472f-8ade-6753c4f67a46}";
    private final QbxmlMessages messages = new QbxmlMessages();

    private static QbxmlTarget target(int major, int minor) {
        return new QbxmlTarget(new QbxmlVersion(major, minor), QbxmlTarget.Country.US);
    }

    private String write(SyncTask.Job job, JobRequest request) {
        return messages.request(List.of(job), Map.of(job.name(), request), US_13, ReportBasis.ACCRUAL);
    }

    @Test
    void aPagedQueryStartsItsIteratorAndContinuesWithQuickBooksIteratorId() {
        SyncTask.Job first = SyncTask.Job.start("customers");

        assertThat(write(first, CUSTOMERS)).contains("<QBXMLMsgsRq onError=\"continueOnError\"><CustomerQueryRq "
                + "requestID=\"JOB:customers\" iterator=\"Start\"><MaxReturned>500</MaxReturned><ActiveStatus>All"
                + "</ActiveStatus></CustomerQueryRq></QBXMLMsgsRq>");
        assertThat(write(first.next(ITERATOR), CUSTOMERS)).contains("<CustomerQueryRq requestID=\"JOB:customers\" "
                + "iterator=\"Continue\" iteratorID=\"" + ITERATOR + "\"><MaxReturned>500</MaxReturned>");
    }

    @Test
    void jobsRideInOneMessageWithTheQbrSync() {
        List<SyncTask> round = List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 2)),
                new SyncTask.EmployeeList(), SyncTask.Job.start("customers"));

        String message = messages.request(round, Map.of("customers", CUSTOMERS), US_13, ReportBasis.ACCRUAL);

        assertThat(message).containsOnlyOnce("<QBXMLMsgsRq").contains("requestID=\"PNL:2026-01..2026-02\"")
                .contains("<EmployeeQueryRq requestID=\"EMPLOYEES\">").contains("requestID=\"JOB:customers\"");
    }

    @Test
    void startAndContinueAreValidAgainstTheQbxml13Schema() throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SharedCorpus.require("06_xsd/qbxmlops130.xsd").toFile()).newValidator();
        SyncTask.Job first = SyncTask.Job.start("customers");

        validator.validate(new StreamSource(new StringReader(write(first, CUSTOMERS))));
        validator.validate(new StreamSource(new StringReader(write(first.next(ITERATOR), CUSTOMERS))));
    }

    @Test
    void aQueryTheVersionKnowsIsSent() {
        assertThat(messages.refusal(CUSTOMERS, US_13)).isEmpty();
        assertThat(messages.refusal(new JobRequest("AgingReportQueryRq",
                "<AgingReportType>ARAgingSummary</AgingReportType>", false), target(2, 0))).isEmpty();
    }

    @Test
    void whatAVersionDoesNotKnowIsRefusedBeforeItIsSent() {
        assertThat(messages.refusal(CUSTOMERS, target(4, 1)))
                .hasValue("CustomerQueryRq takes an iterator from qbXML 5.0 on");
        assertThat(messages.refusal(new JobRequest("LeadQueryRq", "", false), target(12, 0)))
                .hasValue("LeadQueryRq came with qbXML 13.0");
        assertThat(messages.refusal(new JobRequest("EmployeeQueryRq", "<MaxReturned>500</MaxReturned>", true), US_13))
                .hasValue("EmployeeQueryRq takes no iterator in any qbXML version");
    }

    @Test
    void onlyQueriesAreSentNeverAnythingThatWritesToTheCompanyFile() {
        assertThat(messages.refusal(new JobRequest("InvoiceAddRq", "<InvoiceAdd/>", false), US_13))
                .hasValue("InvoiceAddRq is not a qbXML query (a job may only ask, never change the company file)");
        assertThat(messages.refusal(new JobRequest("CustomerQueryRq",
                "</CustomerQueryRq><CustomerDelRq/><CustomerQueryRq>", false), US_13))
                .hasValueSatisfying(why -> assertThat(why).startsWith("its content is not well-formed qbXML"));
        assertThat(messages.refusal(new JobRequest("CustomerQueryRq", "<!DOCTYPE x [<!ENTITY a 'b'>]><A>&a;</A>",
                false), US_13)).hasValueSatisfying(why -> assertThat(why).startsWith("its content is not well-formed"));
    }

    @Test
    void aPagedQueryNamesItsPageSize() {
        assertThat(messages.refusal(new JobRequest("CustomerQueryRq", "<ActiveStatus>All</ActiveStatus>", true), US_13))
                .hasValue("a paged query names its page size in MaxReturned");
        assertThat(messages.refusal(new JobRequest("CustomerQueryRq", "<MaxReturned>0</MaxReturned>", true), US_13))
                .hasValue("a paged query names its page size in MaxReturned");
    }

    @Test
    void anAnswerPageIsFoundByItsRequestIdWithTheIteratorItLeftOpen() {
        String response = "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><EmployeeQueryRs requestID=\"EMPLOYEES\" "
                + "statusCode=\"0\"/><CustomerQueryRs requestID=\"JOB:customers\" statusCode=\"0\" "
                + "statusSeverity=\"Info\" statusMessage=\"Status OK\" iteratorRemainingCount=\"2000\" iteratorID=\""
                + ITERATOR + "\"><CustomerRet><ListID>80000001-1</ListID><Name>A &amp; B</Name></CustomerRet>"
                + "</CustomerQueryRs></QBXMLMsgsRs></QBXML>";

        JobPage page = messages.readJobPage(SyncTask.Job.start("customers"), CUSTOMERS, response);

        assertThat(page.remaining()).isEqualTo(2000);
        assertThat(page.iteratorId()).isEqualTo(ITERATOR);
        assertThat(page.status().isError()).isFalse();
        assertThat(page.element()).startsWith("<CustomerQueryRs requestID=\"JOB:customers\"")
                .contains("<Name>A &amp; B</Name>").endsWith("</CustomerQueryRs>");
    }

    @Test
    void theLastPageLeavesNoIterator() {
        String response = "<QBXML><QBXMLMsgsRs><CustomerQueryRs requestID=\"JOB:customers\" statusCode=\"0\" "
                + "iteratorRemainingCount=\"0\" iteratorID=\"" + ITERATOR + "\"/></QBXMLMsgsRs></QBXML>";

        JobPage page = messages.readJobPage(SyncTask.Job.start("customers").next(ITERATOR), CUSTOMERS, response);

        assertThat(page.hasMore()).isFalse();
        assertThat(page.iteratorId()).isNull();
    }

    @Test
    void anAnswerToAnotherRequestOrOfAnotherKindIsNotTheJobs() {
        String foreign = "<QBXML><QBXMLMsgsRs><CustomerQueryRs requestID=\"JOB:vendors\" statusCode=\"0\"/>"
                + "</QBXMLMsgsRs></QBXML>";
        String otherKind = "<QBXML><QBXMLMsgsRs><VendorQueryRs requestID=\"JOB:customers\" statusCode=\"0\"/>"
                + "</QBXMLMsgsRs></QBXML>";
        String badCount = "<QBXML><QBXMLMsgsRs><CustomerQueryRs requestID=\"JOB:customers\" statusCode=\"0\" "
                + "iteratorRemainingCount=\"many\"/></QBXMLMsgsRs></QBXML>";
        SyncTask.Job job = SyncTask.Job.start("customers");

        assertThatThrownBy(() -> messages.readJobPage(job, CUSTOMERS, foreign))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("not our request 'JOB:customers'");
        assertThatThrownBy(() -> messages.readJobPage(job, CUSTOMERS, otherKind))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("has no CustomerQueryRs");
        assertThatThrownBy(() -> messages.readJobPage(job, CUSTOMERS, badCount))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("is not a count");
    }

    @Test
    void theEmployeeListNeverAsksForAnIteratorItHasNone() {
        String request = messages.request(List.of(new SyncTask.EmployeeList()), US_13, ReportBasis.ACCRUAL);

        assertThat(request).doesNotContain("iterator").doesNotContain("MaxReturned");
    }
}
