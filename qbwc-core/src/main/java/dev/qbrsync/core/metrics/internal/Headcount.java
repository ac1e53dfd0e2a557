package dev.qbrsync.core.metrics.internal;

import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The employees metric: how many people were employed in each month, counted only where QuickBooks' dates make it
 * known. An employee counts in a month when hired on or before the month's last day and either released on or after
 * its first day or still active. Inactive without a release date: counted in no month (when they left is unknown).
 * Active without a hire date: counted in the current month only. When no employee has a hire date, past months get no
 * value at all rather than a number known to be false. Every employee whose missing dates cost a count is named, with
 * how to fix it in QuickBooks.
 */
public final class Headcount {

    /** The values that can be known, the months that cannot, and the employees whose dates are missing. */
    public record Result(List<MonthlyMetrics> metrics, List<YearMonth> unknownMonths, List<String> missingDates) {
        public Result {
            metrics = List.copyOf(metrics);
            unknownMonths = List.copyOf(unknownMonths);
            missingDates = List.copyOf(missingDates);
        }
    }

    public Result of(EmployeeRoster roster, Collection<YearMonth> months, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        boolean noHireDates = !roster.employees().isEmpty()
                && roster.employees().stream().allMatch(employee -> employee.hired().isEmpty());
        List<MonthlyMetrics> metrics = new ArrayList<>();
        List<YearMonth> unknown = new ArrayList<>();
        for (YearMonth month : months) {
            if (noHireDates && !month.equals(current)) {
                unknown.add(month);
            } else {
                metrics.add(new MonthlyMetrics(month, Map.of(MetricKey.EMPLOYEES,
                        BigDecimal.valueOf(count(roster, month, today)).setScale(Money.SCALE))));
            }
        }
        return new Result(metrics, unknown, roster.employees().stream().map(Headcount::missingDates)
                .filter(text -> !text.isEmpty()).toList());
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
        boolean stillThere = employee.released()
                .map(released -> !released.isBefore(month.atDay(1)))
                .orElse(employee.active());
        return hiredByMonthEnd && stillThere;
    }

    private static String missingDates(Employee employee) {
        boolean noHire = employee.hired().isEmpty();
        boolean leftUndated = !employee.active() && employee.released().isEmpty();
        if (!noHire && !leftUndated) {
            return "";
        }
        String consequence = leftUndated ? "inactive without a release date, so counted in no month"
                : "no hire date, so counted in the current month only";
        String fix = noHire && leftUndated ? "Hire Date and Release Date" : noHire ? "Hire Date" : "Release Date";
        return employee.name() + ": " + consequence + " (set the " + fix
                + " in QuickBooks: Employee Center, edit the employee, Employment Info)";
    }
}
