package dev.qbrsync.core.metrics.internal;

import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadcountTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private final Headcount counter = new Headcount();

    private static Employee employee(String name, boolean active, String hired, String released) {
        return new Employee(name, name, active, hired == null ? null : LocalDate.parse(hired),
                released == null ? null : LocalDate.parse(released));
    }

    @Test
    void countsEmployeesHiredByMonthEndAndNotReleasedBeforeItsStart() {
        EmployeeRoster roster = new EmployeeRoster(List.of(
                employee("hired on the leap day", true, "2024-02-29", null),
                employee("released on the first", false, "2023-01-01", "2024-02-01"),
                employee("released in january", false, "2023-01-01", "2024-01-31"),
                employee("hired in march", true, "2024-03-01", null)));

        assertThat(counter.count(roster, YearMonth.of(2024, 2), TODAY)).isEqualTo(2);
        assertThat(counter.count(roster, YearMonth.of(2024, 1), TODAY)).isEqualTo(2);
        assertThat(counter.count(roster, YearMonth.of(2023, 12), TODAY)).isEqualTo(2);
        assertThat(counter.count(roster, YearMonth.of(2024, 3), TODAY)).isEqualTo(2);
    }

    @Test
    void employeesWithoutAHireDateCountOnlyInTheCurrentMonthAndOnlyWhenActive() {
        EmployeeRoster roster = new EmployeeRoster(List.of(
                employee("active, no dates", true, null, null),
                employee("inactive, no dates", false, null, null),
                employee("dated", true, "2020-06-01", null)));

        assertThat(counter.count(roster, YearMonth.of(2024, 3), TODAY)).isEqualTo(2);
        assertThat(counter.count(roster, YearMonth.of(2024, 2), TODAY)).isEqualTo(1);
    }

    @Test
    void anInactiveEmployeeWithoutAReleaseDateCountsInNoMonth() {
        EmployeeRoster roster = new EmployeeRoster(List.of(
                employee("left, undated", false, "2022-01-10", null),
                employee("still here", true, "2022-01-10", null)));

        assertThat(counter.count(roster, YearMonth.of(2022, 6), TODAY)).isEqualTo(1);
        assertThat(counter.count(roster, YearMonth.of(2024, 3), TODAY)).isEqualTo(1);
    }

    @Test
    void withoutAnyHireDatePastMonthsGetNoValueRatherThanAFalseZero() {
        EmployeeRoster roster = new EmployeeRoster(List.of(
                employee("Ada", true, null, null),
                employee("Bob", true, null, null)));

        Headcount.Result result = counter.of(roster, List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2),
                YearMonth.of(2024, 3)), TODAY);

        assertThat(result.metrics()).singleElement().satisfies(march -> {
            assertThat(march.month()).isEqualTo(YearMonth.of(2024, 3));
            assertThat(march.value(dev.qbrsync.core.qbr.MetricKey.EMPLOYEES)).contains(new java.math.BigDecimal("2.00"));
        });
        assertThat(result.unknownMonths()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
    }

    @Test
    void anEmptyRosterIsKnownToBeZeroEveryMonth() {
        Headcount.Result result = counter.of(new EmployeeRoster(List.of()), List.of(YearMonth.of(2024, 1),
                YearMonth.of(2024, 3)), TODAY);

        assertThat(result.metrics()).hasSize(2).allSatisfy(month -> assertThat(month.value(
                dev.qbrsync.core.qbr.MetricKey.EMPLOYEES)).contains(new java.math.BigDecimal("0.00")));
        assertThat(result.unknownMonths()).isEmpty();
    }

    @Test
    void everyEmployeeWithMissingDatesIsNamedWithHowToFixIt() {
        EmployeeRoster roster = new EmployeeRoster(List.of(
                employee("Ada", true, null, null),
                employee("Bob", false, "2020-01-01", null),
                employee("Cy", false, null, null),
                employee("Dee", true, "2020-01-01", null)));

        List<String> warnings = counter.of(roster, List.of(YearMonth.of(2024, 3)), TODAY).missingDates();

        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).startsWith("Ada: no hire date").contains("set the Hire Date");
        assertThat(warnings.get(1)).startsWith("Bob: inactive without a release date").contains("Release Date");
        assertThat(warnings.get(2)).startsWith("Cy:").contains("Hire Date and Release Date");
    }
}
