package dev.qbrsync.core.mapping.internal;

import java.util.regex.Pattern;

/**
 * Matches a regular expression under a step budget, so a rule such as {@code (.*){1,32000}#} cannot hang a thread:
 * Java's regex engine reads its input through {@link CharSequence#charAt}, and backtracking shows up as reading the
 * same characters again and again, so counting the reads bounds the work. A match that runs out of budget fails with
 * {@link RegexTooCostlyException}.
 */
final class RegexBudget {
    /** Reads allowed for one match; an ordinary rule needs a few hundred on an account name. */
    static final int STEPS_PER_MATCH = 50_000;

    private RegexBudget() {
    }

    static boolean find(Pattern pattern, String text) {
        return pattern.matcher(new CountedText(text, new int[] {STEPS_PER_MATCH})).find();
    }

    /** Thrown when a match needs more than {@link #STEPS_PER_MATCH} reads of its input. */
    static final class RegexTooCostlyException extends RuntimeException {
        RegexTooCostlyException() {
            super("The regular expression needs more than " + STEPS_PER_MATCH + " steps", null, false, false);
        }
    }

    private static final class CountedText implements CharSequence {
        private final String text;
        private final int[] stepsLeft;

        CountedText(String text, int[] stepsLeft) {
            this.text = text;
            this.stepsLeft = stepsLeft;
        }

        @Override
        public char charAt(int index) {
            if (--stepsLeft[0] < 0) {
                throw new RegexTooCostlyException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedText(text.substring(start, end), stepsLeft);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
