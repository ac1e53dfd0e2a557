package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;

import static dev.qbrsync.codec.qbxml.ProfitAndLossReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmployeeListReaderTest {

    private static EmployeeRoster roster(String qbxml) {
        return ((QuickBooksResponse.EmployeesReceived) new EmployeeListReader().read(qbxml)).roster();
    }

    @Test
    void readsEachEmployeesTopLevelFieldsOnly() {
        EmployeeRoster roster = roster(fixture("employees.xml"));

        assertThat(roster.employees()).containsExactly(
                new Employee("80000001-1700000001", "Ada Lovelace", true, LocalDate.of(2024, 2, 29), null),
                new Employee("80000002-1700000002", "Bob Former", false, LocalDate.of(2023, 5, 1),
                        LocalDate.of(2026, 1, 15)),
                new Employee("80000003-1700000003", "Cy Undated", true, null, null));
    }

    @Test
    void noMatchIsAnEmptyRoster() {
        String noMatch = "<QBXML><QBXMLMsgsRs><EmployeeQueryRs requestID=\"EMPLOYEES\" statusCode=\"1\" "
                + "statusSeverity=\"Info\" "
                + "statusMessage=\"none\"/></QBXMLMsgsRs></QBXML>";

        assertThat(roster(noMatch).employees()).isEmpty();
    }

    @Test
    void recordsLeftBehindAnIteratorMakeTheResultAWarning() {
        String partial = fixture("employees.xml").replace("statusMessage=\"Status OK\"",
                "statusMessage=\"Status OK\" iteratorRemainingCount=\"12\" iteratorID=\"{6fcbb18b}\"");
        String finished = fixture("employees.xml").replace("statusMessage=\"Status OK\"",
                "statusMessage=\"Status OK\" iteratorRemainingCount=\"0\"");

        assertThat(new EmployeeListReader().read(partial).status().isWarning()).isTrue();
        assertThat(new EmployeeListReader().read(partial).status().message()).contains("12 more records");
        assertThat(new EmployeeListReader().read(finished).status().isWarning()).isFalse();
    }

    @Test
    void anAnswerToAnotherRequestIsRefused() {
        String foreign = fixture("employees.xml").replace("requestID=\"EMPLOYEES\"", "requestID=\"c1\"");

        assertThatThrownBy(() -> new EmployeeListReader().read(foreign))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("answers request 'c1'");
    }

    @Test
    void anAnswerWithoutAStatusCodeIsRefusedNotTakenForSuccess() {
        String unsure = fixture("employees.xml").replace(" statusCode=\"0\"", "");

        assertThatThrownBy(() -> new EmployeeListReader().read(unsure))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("carries no statusCode");
    }

    @Test
    void aBadDateIsAnError() {
        String broken = fixture("employees.xml").replace("2024-02-29", "29/02/2024");

        assertThatThrownBy(() -> new EmployeeListReader().read(broken))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("HiredDate");
    }

    @Test
    void readsTheRedactedRealEmployeeRecord() throws Exception {
        String employeeRet = Files.readString(SharedCorpus.require("derived/jsgoupil_EmployeeRet__extracted.xml"));
        String response = "<QBXML><QBXMLMsgsRs><EmployeeQueryRs requestID=\"EMPLOYEES\" statusCode=\"0\" "
                + "statusSeverity=\"Info\">"
                + employeeRet.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "") + "</EmployeeQueryRs></QBXMLMsgsRs></QBXML>";

        assertThat(roster(response).employees()).singleElement()
                .satisfies(employee -> {
                    assertThat(employee.listId()).isEqualTo("1111111-111111111");
                    assertThat(employee.name()).isEqualTo("Daric Teske");
                    assertThat(employee.active()).isTrue();
                });
    }
}
