package dev.qbrsync.core.plan;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One QuickBooks request of a session: a P&L for a run of consecutive months, the employee list, or a registered
 * job's request (a page of its iteration).
 */
public sealed interface SyncTask {

    /** A stable text form, used to persist a session's plan. */
    String encode();

    static SyncTask decode(String text) {
        if (text.equals(EmployeeList.CODE)) {
            return new EmployeeList();
        }
        if (text.startsWith(Job.CODE + ":")) {
            return Job.decodeJob(text.substring(Job.CODE.length() + 1));
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

    /**
     * A registered job's request: its first page when {@code iteratorId} is null, else the page after
     * {@code pagesBefore} pages of the iteration QuickBooks named {@code iteratorId}.
     */
    record Job(String name, String iteratorId, int pagesBefore) implements SyncTask {
        static final String CODE = "JOB";
        private static final String PAGE_SEPARATOR = "@";
        private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_-]{0,39}");
        /** QuickBooks' iterator IDs are GUIDs, with or without braces. */
        private static final java.util.regex.Pattern ITERATOR_ID =
                java.util.regex.Pattern.compile("\\{?[A-Za-z0-9-]{1,64}}?");

        public Job {
            requireName(name);
            if (iteratorId != null && !ITERATOR_ID.matcher(iteratorId).matches()) {
                throw new IllegalArgumentException("Not a qbXML iterator ID: '" + iteratorId + "'");
            }
            if (pagesBefore < 0 || iteratorId == null && pagesBefore != 0 || iteratorId != null && pagesBefore == 0) {
                throw new IllegalArgumentException("A continued iteration follows at least one page, a new one none");
            }
        }

        /** The job's first (or only) request. */
        public static Job start(String name) {
            return new Job(name, null, 0);
        }

        /** A job name is lowercase letters, digits, '-' and '_', starting with a letter, at most 40 characters. */
        public static String requireName(String name) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("A job's name is 1 to 40 lowercase letters, digits, '-' or '_', "
                        + "starting with a letter: '" + name + "'");
            }
            return name;
        }

        public static boolean isIteratorId(String text) {
            return text != null && ITERATOR_ID.matcher(text).matches();
        }

        /** The request after this one, continuing {@code iterator}. */
        public Job next(String iterator) {
            return new Job(name, iterator, pagesBefore + 1);
        }

        public boolean continues() {
            return iteratorId != null;
        }

        /** The requestID the job's requests carry: the same for every page, so an answer names its job. */
        public String requestId() {
            return CODE + ":" + name;
        }

        @Override
        public String encode() {
            return iteratorId == null ? requestId()
                    : requestId() + PAGE_SEPARATOR + pagesBefore + PAGE_SEPARATOR + iteratorId;
        }

        private static Job decodeJob(String text) {
            String[] parts = text.split(PAGE_SEPARATOR, -1);
            if (parts.length == 1) {
                return start(parts[0]);
            }
            if (parts.length == 3) {
                return new Job(parts[0], parts[2], Integer.parseInt(parts[1]));
            }
            throw new IllegalArgumentException("Not a job's request: " + text);
        }
    }
}
