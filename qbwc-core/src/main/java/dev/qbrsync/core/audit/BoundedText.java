package dev.qbrsync.core.audit;

/**
 * Caps text that comes from outside before it is stored, marking the cut so a reader knows there was more, and shows
 * a NUL character as {@code \0}, since PostgreSQL cannot store it in text (the entry would be lost).
 */
public final class BoundedText {
    private static final String CUT = "…";

    private BoundedText() {
    }

    /** The text itself when it has at most {@code max} characters, else its start and a cut mark, {@code max} in all. */
    public static String cap(String raw, int max) {
        String text = raw.indexOf('\u0000') >= 0 ? raw.replace("\u0000", "\\0") : raw;
        if (text.length() <= max) {
            return text;
        }
        int keep = max - CUT.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT;
    }
}
