package dev.qbrsync.core.qbr;

import java.util.Comparator;

/**
 * The id of a company (the dashboard's organization id), the key every port keeps a company's data under. It is never
 * blank, has no surrounding spaces or control characters and is at most {@value #MAX_LENGTH} characters, so ids that
 * differ only in spelling cannot name two companies. {@link #toString()} is the id itself. Ids sort shorter first,
 * then by text, so the dashboard's numeric organization ids sort as numbers.
 */
public record CompanyId(String value) implements Comparable<CompanyId> {
    public static final int MAX_LENGTH = 100;
    private static final Comparator<String> BY_LENGTH_THEN_TEXT = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    public CompanyId {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("company", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("company", "must have at most " + MAX_LENGTH + " characters");
        }
        if (!value.equals(value.strip()) || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("company", "must have no surrounding spaces or control characters");
        }
    }

    /** The company {@code value} names; an {@link InvalidInputException} on the field {@code company} if it cannot. */
    public static CompanyId of(String value) {
        return new CompanyId(value);
    }

    @Override
    public int compareTo(CompanyId other) {
        return BY_LENGTH_THEN_TEXT.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
