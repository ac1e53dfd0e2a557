package dev.qbrsync.core.quickbooks;

import java.util.Comparator;

/** A qbXML specification version such as 13.0. */
public record QbxmlVersion(int major, int minor) implements Comparable<QbxmlVersion> {
    private static final Comparator<QbxmlVersion> ORDER =
            Comparator.comparingInt(QbxmlVersion::major).thenComparingInt(QbxmlVersion::minor);

    public QbxmlVersion {
        if (major < 1 || minor < 0) {
            throw new IllegalArgumentException("Not a qbXML version: " + major + "." + minor);
        }
    }

    /** Parses {@code 13.0}, {@code 13}, or a country-prefixed {@code CA3.0}. */
    public static QbxmlVersion parse(String text) {
        String digits = text.trim().replaceFirst("^[A-Za-z]+", "");
        String[] parts = digits.split("\\.");
        try {
            return new QbxmlVersion(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a qbXML version: " + text, e);
        }
    }

    @Override
    public int compareTo(QbxmlVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
