package dev.qbrsync.core.report;

import java.util.List;

/** The employee list as QuickBooks returned it, active and inactive alike. */
public record EmployeeRoster(List<Employee> employees) {

    public EmployeeRoster {
        employees = List.copyOf(employees);
    }

    public long activeCount() {
        return employees.stream().filter(Employee::active).count();
    }
}
