package dev.qbrsync.core.metrics;

import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Counts the employees of a month from the roster. An employee with a hire date counts in a month when hired on or
 * before the month's last day and not released before its first day. QuickBooks files often have no hire dates: an employee without one is counted only in
 * the current month, and only if active, because nothing says when they started.
 */
public final class EmployeeCounter {

    /** The employees metric alone, for each month. */
    public List<MonthlyMetrics> metrics(EmployeeRoster roster, Collection<YearMonth> months, LocalDate today) {
        return months.stream()
                .map(month -> new MonthlyMetrics(month, Map.of(MetricKey.EMPLOYEES,
                        BigDecimal.valueOf(count(roster, month, today)).setScale(Money.SCALE))))
                .toList();
    }

    public long count(EmployeeRoster roster, YearMonth month, LocalDate today) {
        boolean currentMonth = YearMonth.from(today).equals(month);
        return roster.employees().stream()
                .filter(employee -> employee.hired().isPresent()
                        ? employedDuring(employee, month)
                        : currentMonth && employee.active())
                .count();
    }

    private static boolean employedDuring(Employee employee, YearMonth month) {
        boolean hiredByMonthEnd = !employee.hiredDate().isAfter(month.atEndOfMonth());
        boolean notReleasedBeforeStart = employee.released()
                .map(released -> !released.isBefore(month.atDay(1)))
                .orElse(true);
        return hiredByMonthEnd && notReleasedBeforeStart;
    }
}
