package dev.qbrsync.core.plan;

import java.time.YearMonth;
import java.util.Objects;

/** One QuickBooks request of a session: a P&L for a run of consecutive months, or the employee list. */
public sealed interface SyncTask {

    /** A stable text form, used to persist a session's plan. */
    String encode();

    static SyncTask decode(String text) {
        if (text.equals(EmployeeList.CODE)) {
            return new EmployeeList();
        }
        if (text.startsWith(ProfitAndLoss.CODE + ":")) {
            String[] range = text.substring(ProfitAndLoss.CODE.length() + 1).split("\\.\\.");
            if (range.length == 2) {
                return new ProfitAndLoss(YearMonth.parse(range[0]), YearMonth.parse(range[1]));
            }
        }
        throw new IllegalArgumentException("Not a sync task: " + text);
    }

    /** A P&L report with one column per month from {@code first} to {@code last}, both included. */
    record ProfitAndLoss(YearMonth first, YearMonth last) implements SyncTask {
        static final String CODE = "PNL";
        /** The longest report asked for: the longest sync window (120 months) and the current month. */
        public static final int MAX_MONTHS = 121;

        public ProfitAndLoss {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("P&L range ends before it starts: " + first + ".." + last);
            }
            if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
                throw new IllegalArgumentException("P&L range longer than " + MAX_MONTHS + " months: " + first + ".." + last);
            }
        }

        public int monthCount() {
            return (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        }

        /** Every month of the range, oldest first. */
        public java.util.List<YearMonth> months() {
            return java.util.stream.Stream.iterate(first, month -> !month.isAfter(last), month -> month.plusMonths(1))
                    .toList();
        }

        @Override
        public String encode() {
            return CODE + ":" + first + ".." + last;
        }
    }

    /** The employee list, active and inactive. */
    record EmployeeList() implements SyncTask {
        static final String CODE = "EMPLOYEES";

        @Override
        public String encode() {
            return CODE;
        }
    }
}
