package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlTarget.Country;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.report.ReportBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every version we write is checked against Intuit's request template for that version and edition. */
class RequestsPerVersionTest {
    private static final List<SyncTask> BOTH_QUERIES = List.of(
            new SyncTask.ProfitAndLoss(YearMonth.of(2024, 11), YearMonth.of(2025, 2)), new SyncTask.EmployeeList());
    /** What we mean to ask for; a version that has one of these must get it. */
    private static final Map<String, Set<String>> WANTED = Map.of(
            "GeneralSummaryReportQueryRq",
            Set.of("GeneralSummaryReportType", "ReportPeriod", "SummarizeColumnsBy", "ReportBasis"),
            "EmployeeQueryRq", Set.of("ActiveStatus", "IncludeRetElement"));

    private static final Pattern INCLUDED_FIELD = Pattern.compile("<IncludeRetElement>(\\w+)</IncludeRetElement>");

    private final QbxmlRequestWriter writer = new QbxmlRequestWriter();

    @ParameterizedTest(name = "{1} {0} is written as {2}")
    @CsvSource({
            "2.0, US, 2.0", "2.1, US, 2.1", "3.0, US, 3.0", "4.0, US, 4.0", "4.1, US, 4.1", "5.0, US, 5.0",
            "6.0, US, 6.0", "7.0, US, 7.0", "8.0, US, 8.0", "9.0, US, 9.0", "10.0, US, 10.0", "11.0, US, 11.0",
            "12.0, US, 12.0", "13.0, US, 13.0", "14.0, US, 14.0",
            "2.0, CA, CA2.0", "3.0, CA, CA3.0", "6.0, CA, 6.0", "13.0, CA, 13.0", "14.0, CA, 14.0",
            "2.0, UK, UK2.0", "3.0, UK, UK3.0", "13.0, UK, 13.0",
            "2.0, AU, OZ2.0", "7.0, AU, 7.0"})
    void usesOnlyTheTemplatesElementsInTheTemplatesOrder(String version, Country country, String prologVersion) {
        QbxmlTarget target = new QbxmlTarget(QbxmlVersion.parse(version), country);

        String message = writer.write(BOTH_QUERIES, target, ReportBasis.CASH);

        assertThat(message).startsWith("<?xml version=\"1.0\"?><?qbxml version=\"" + prologVersion + "\"?><QBXML>");
        List<ElementOutline> requests = ElementOutline.parse(message).child("QBXMLMsgsRq").orElseThrow().children();
        assertThat(requests).extracting(ElementOutline::name)
                .containsExactly("GeneralSummaryReportQueryRq", "EmployeeQueryRq");
        for (ElementOutline request : requests) {
            ElementOutline template = RequestTemplates.element(target, request.name());
            assertFollows(request, template);
            assertThat(request.childNames().stream().distinct().toList())
                    .as("%s in %s", request.name(), RequestTemplates.fileFor(target))
                    .containsExactlyElementsOf(template.childNames().stream()
                            .filter(WANTED.get(request.name())::contains).distinct().toList());
        }
    }

    @ParameterizedTest
    @CsvSource({"4.0, US", "8.0, US", "14.0, US", "13.0, CA"})
    void asksOnlyForEmployeeFieldsTheVersionReturns(String version, Country country) {
        QbxmlTarget target = new QbxmlTarget(QbxmlVersion.parse(version), country);

        String message = writer.write(new SyncTask.EmployeeList(), target, ReportBasis.ACCRUAL);

        List<String> fields = INCLUDED_FIELD.matcher(message).results().map(field -> field.group(1)).toList();
        assertThat(fields).isNotEmpty();
        assertThat(RequestTemplates.element(target, "EmployeeRet").childNames()).containsAll(fields);
    }

    @Test
    void everyVersionWeWriteIsCheckedAboveForTheUsEdition() {
        assertThat(QbxmlVersions.versions()).extracting(QbxmlVersion::toString).containsExactly("2.0", "2.1", "3.0",
                "4.0", "4.1", "5.0", "6.0", "7.0", "8.0", "9.0", "10.0", "11.0", "12.0", "13.0", "14.0");
    }

    /** Each of our elements appears in the template after the previous one; only a "may rep" element repeats. */
    private static void assertFollows(ElementOutline ours, ElementOutline template) {
        int position = -1;
        String previous = null;
        for (ElementOutline element : ours.children()) {
            String name = element.name();
            if (name.equals(previous) && RequestTemplates.repeatable(template.children().get(position))) {
                continue;
            }
            int from = position + 1;
            position = -1;
            for (int i = from; i < template.children().size(); i++) {
                if (template.children().get(i).name().equals(name)) {
                    position = i;
                    break;
                }
            }
            assertThat(position).as("%s inside %s: %s out of order or unknown; template has %s", name, ours.name(),
                    ours.childNames(), template.childNames()).isNotNegative();
            if (!element.children().isEmpty()) {
                assertFollows(element, template.children().get(position));
            }
            previous = name;
        }
    }
}
