package dev.qbrsync.core.mapping.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of an account name rules are matched against: without QuickBooks' account number ({@code 41000 · }), without
 * the {@code - Other} QuickBooks appends to a parent's own postings, one space between words, one kind of apostrophe.
 */
public final class AccountNames {
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile(
            "^\\d[\\d.]*\\s*[·•]\\s*|^\\d[\\d.]*\\s+[-–]\\s+|^\\d{3,}\\s+(?=\\p{L})");
    private static final Pattern OTHER_SUFFIX = Pattern.compile("\\s+-\\s+other$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AccountNames() {
    }

    public static String normalize(String name) {
        String spaced = SPACES.matcher(name.replace('’', '\'').trim()).replaceAll(" ");
        String withoutOther = OTHER_SUFFIX.matcher(spaced).replaceFirst("");
        return ACCOUNT_NUMBER.matcher(withoutOther).replaceFirst("").trim();
    }

    /** Lower case for comparisons that ignore case. */
    static String folded(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
