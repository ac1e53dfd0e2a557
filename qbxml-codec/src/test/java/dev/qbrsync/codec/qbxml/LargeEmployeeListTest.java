package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.metrics.internal.Headcount;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.EmployeeRoster;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company file with 1,200 employees. EmployeeQueryRq takes no iterator in any qbXML version (Intuit's templates for
 * 2.0 to 14.0 and the 13.0 schema give it neither {@code iterator} nor {@code iteratorID}), and a MaxReturned without
 * one would cut the list short and the headcount with it: the list is asked for whole, read whole, and counted right.
 */
class LargeEmployeeListTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    private final QbxmlMessages messages = new QbxmlMessages();

    /** 1,000 active since mid-2024, 150 released on 20 December 2025, 50 hired on 1 February 2026. */
    private static String employeeList() {
        String employees = IntStream.range(0, 1_200).mapToObj(index -> {
            String dates = index < 1_000 ? "<IsActive>true</IsActive><HiredDate>2024-06-15</HiredDate>"
                    : index < 1_150 ? "<IsActive>false</IsActive><HiredDate>2024-01-01</HiredDate>"
                    + "<ReleasedDate>2025-12-20</ReleasedDate>"
                    : "<IsActive>true</IsActive><HiredDate>2026-02-01</HiredDate>";
            return "<EmployeeRet><ListID>" + (80_000_000 + index) + "-1</ListID><Name>Employee " + index + "</Name>"
                    + dates + "</EmployeeRet>";
        }).collect(Collectors.joining());
        return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><EmployeeQueryRs requestID=\"EMPLOYEES\" "
                + "statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"Status OK\">" + employees
                + "</EmployeeQueryRs></QBXMLMsgsRs></QBXML>";
    }

    @Test
    void twelveHundredEmployeesAreReadWholeAndCountedRight() {
        QuickBooksResponse response = messages.read(new SyncTask.EmployeeList(), employeeList());

        assertThat(response).isInstanceOf(QuickBooksResponse.EmployeesReceived.class);
        EmployeeRoster roster = ((QuickBooksResponse.EmployeesReceived) response).roster();
        assertThat(roster.employees()).hasSize(1_200);
        assertThat(response.status().isWarning()).isFalse();
        Headcount headcount = new Headcount();
        assertThat(headcount.count(roster, YearMonth.of(2025, 12), TODAY)).isEqualTo(1_150);
        assertThat(headcount.count(roster, YearMonth.of(2026, 1), TODAY)).isEqualTo(1_000);
        assertThat(headcount.count(roster, YearMonth.of(2026, 2), TODAY)).isEqualTo(1_050);
    }
}
