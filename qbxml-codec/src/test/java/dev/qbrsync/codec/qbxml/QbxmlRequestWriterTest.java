package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QbxmlRequestWriterTest {
    private static final QbxmlTarget US_13 = new QbxmlTarget(new QbxmlVersion(13, 0), QbxmlTarget.Country.US);
    private final QbxmlRequestWriter writer = new QbxmlRequestWriter();

    private static List<SyncTask> everyKindOfTask() {
        return List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2024, 2), YearMonth.of(2025, 1)),
                new SyncTask.EmployeeList());
    }

    @Test
    void asksForAMonthlyProfitAndLossOverTheWholeRange() {
        String request = writer.write(new SyncTask.ProfitAndLoss(YearMonth.of(2024, 2), YearMonth.of(2025, 1)), US_13,
                ReportBasis.CASH);

        assertThat(request).startsWith("<?xml version=\"1.0\"?><?qbxml version=\"13.0\"?><QBXML>")
                .contains("<GeneralSummaryReportType>ProfitAndLossStandard</GeneralSummaryReportType>")
                .contains("<FromReportDate>2024-02-01</FromReportDate><ToReportDate>2025-01-31</ToReportDate>")
                .contains("<SummarizeColumnsBy>Month</SummarizeColumnsBy><ReportBasis>Cash</ReportBasis>");
    }

    @Test
    void asksForEveryEmployeeWithOnlyTheFieldsWeUse() {
        String request = writer.write(new SyncTask.EmployeeList(), US_13, ReportBasis.ACCRUAL);

        assertThat(request).contains("<EmployeeQueryRq requestID=\"EMPLOYEES\"><ActiveStatus>All</ActiveStatus>"
                + "<IncludeRetElement>ListID</IncludeRetElement><IncludeRetElement>Name</IncludeRetElement>"
                + "<IncludeRetElement>IsActive</IncludeRetElement><IncludeRetElement>HiredDate</IncludeRetElement>"
                + "<IncludeRetElement>ReleasedDate</IncludeRetElement></EmployeeQueryRq>");
    }

    @Test
    void prefixesOnlyTheCountrySpecificVersionsBefore6() {
        SyncTask employees = new SyncTask.EmployeeList();

        assertThat(writer.write(employees, new QbxmlTarget(new QbxmlVersion(3, 0), QbxmlTarget.Country.CA),
                ReportBasis.ACCRUAL)).contains("<?qbxml version=\"CA3.0\"?>");
        assertThat(writer.write(employees, new QbxmlTarget(new QbxmlVersion(2, 0), QbxmlTarget.Country.AU),
                ReportBasis.ACCRUAL)).contains("<?qbxml version=\"OZ2.0\"?>");
        assertThat(writer.write(employees, new QbxmlTarget(new QbxmlVersion(13, 0), QbxmlTarget.Country.CA),
                ReportBasis.ACCRUAL)).contains("<?qbxml version=\"13.0\"?>");
    }

    @Test
    void writesEveryTaskIntoOneMessageInOrderAndKeepsGoingPastAFailedRequest() {
        SyncTask first = new SyncTask.ProfitAndLoss(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
        SyncTask second = new SyncTask.ProfitAndLoss(YearMonth.of(2025, 1), YearMonth.of(2025, 3));

        String message = writer.write(List.of(first, new SyncTask.EmployeeList(), second), US_13, ReportBasis.ACCRUAL);

        assertThat(message).startsWith("<?xml version=\"1.0\"?><?qbxml version=\"13.0\"?><QBXML>"
                        + "<QBXMLMsgsRq onError=\"continueOnError\"><GeneralSummaryReportQueryRq")
                .containsSubsequence("<GeneralSummaryReportQueryRq requestID=\"PNL:2024-01..2024-12\">",
                        "</GeneralSummaryReportQueryRq><EmployeeQueryRq requestID=\"EMPLOYEES\">",
                        "</EmployeeQueryRq><GeneralSummaryReportQueryRq requestID=\"PNL:2025-01..2025-03\">",
                        "<FromReportDate>2025-01-01</FromReportDate><ToReportDate>2025-03-31</ToReportDate>",
                        "</GeneralSummaryReportQueryRq></QBXMLMsgsRq></QBXML>")
                .doesNotContain("stopOnError");
    }

    @Test
    void theSingleTaskFormIsAOneRequestMessage() {
        SyncTask task = new SyncTask.ProfitAndLoss(YearMonth.of(2025, 1), YearMonth.of(2025, 3));

        assertThat(writer.write(task, US_13, ReportBasis.CASH))
                .isEqualTo(writer.write(List.of(task), US_13, ReportBasis.CASH));
    }

    @Test
    void leavesOutWhatOlderVersionsDoNotHave() {
        QbxmlTarget qbxml2 = new QbxmlTarget(new QbxmlVersion(2, 0), QbxmlTarget.Country.US);

        String message = writer.write(everyKindOfTask(), qbxml2, ReportBasis.CASH);

        assertThat(message).contains("<SummarizeColumnsBy>Month</SummarizeColumnsBy></GeneralSummaryReportQueryRq>")
                .contains("<EmployeeQueryRq requestID=\"EMPLOYEES\"><ActiveStatus>All</ActiveStatus></EmployeeQueryRq>")
                .doesNotContain("ReportBasis").doesNotContain("IncludeRetElement");
    }

    @Test
    void refusesAnEmptyMessageAndVersionsItCannotWrite() {
        assertThatThrownBy(() -> writer.write(List.of(), US_13, ReportBasis.CASH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.write(everyKindOfTask(),
                new QbxmlTarget(new QbxmlVersion(16, 0), QbxmlTarget.Country.US), ReportBasis.CASH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qbXML 16.0");
        assertThatThrownBy(() -> writer.write(everyKindOfTask(),
                new QbxmlTarget(new QbxmlVersion(5, 0), QbxmlTarget.Country.CA), ReportBasis.CASH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CA edition");
    }

    @Test
    void neverWritesAnythingButQueries() {
        for (SyncTask task : everyKindOfTask()) {
            String request = writer.write(task, US_13, ReportBasis.ACCRUAL);
            assertThat(request).doesNotContainPattern("(Add|Mod|Del|Void)Rq");
        }
        assertThat(writer.write(everyKindOfTask(), US_13, ReportBasis.ACCRUAL))
                .doesNotContainPattern("(Add|Mod|Del|Void)Rq");
    }

    @ParameterizedTest
    @EnumSource(ReportBasis.class)
    void everyRequestAloneAndTogetherIsValidAgainstTheQbxml13Schema(ReportBasis basis) throws Exception {
        Path schemaFile = SharedCorpus.require("06_xsd/qbxmlops130.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(schemaFile.toFile()).newValidator();

        for (SyncTask task : everyKindOfTask()) {
            validator.validate(new StreamSource(new StringReader(writer.write(task, US_13, basis))));
        }
        validator.validate(new StreamSource(new StringReader(writer.write(everyKindOfTask(), US_13, basis))));
    }
}
