package dev.qbrsync.core.audit;

/** Caps text that comes from outside before it is stored, marking the cut so a reader knows there was more. */
public final class BoundedText {
    private static final String CUT = "…";

    private BoundedText() {
    }

    /** The text itself when it has at most {@code max} characters, else its start and a cut mark, {@code max} in all. */
    public static String cap(String text, int max) {
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
