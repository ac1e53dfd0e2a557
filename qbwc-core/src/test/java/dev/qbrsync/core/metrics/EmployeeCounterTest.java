package dev.qbrsync.core.metrics;

import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeCounterTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private final EmployeeCounter counter = new EmployeeCounter();

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
}
