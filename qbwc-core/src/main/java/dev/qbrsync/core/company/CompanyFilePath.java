package dev.qbrsync.core.company;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The path of a QuickBooks company file as the Web Connector reports it, spelled one way: Windows paths ignore case,
 * take either slash, and name one file through {@code .} and {@code ..} segments, the {@code \\?\} prefixes, and an
 * administrative share of its drive ({@code \\PC\C$\QB\Acme.qbw} is {@code C:\QB\Acme.qbw} on PC). What cannot be told
 * from the text alone (which machine a share is on, what an 8.3 short name such as {@code ACME~1.QBW} stands for) is
 * never taken for the same file.
 */
final class CompanyFilePath {
    private static final Pattern ADMIN_SHARE = Pattern.compile("^\\\\\\\\[^\\\\]+\\\\([a-z])\\$(\\\\.*)?$");
    private static final Pattern SHORT_NAME = Pattern.compile("^[^.~]{1,6}~\\d+(\\.[^.]{0,3})?$");

    private CompanyFilePath() {
    }

    /** One spelling of {@code path}: lower case, backslashes, no dot segments or doubled separators. */
    static String normalised(String path) {
        String text = path == null ? "" : path.trim().replace('/', '\\').toLowerCase(Locale.ROOT);
        if (text.startsWith("\\\\?\\unc\\")) {
            text = "\\\\" + text.substring("\\\\?\\unc\\".length());
        } else if (text.startsWith("\\\\?\\") || text.startsWith("\\\\.\\")) {
            text = text.substring(4);
        }
        var adminShare = ADMIN_SHARE.matcher(text);
        if (adminShare.matches()) {
            text = adminShare.group(1) + ":" + (adminShare.group(2) == null ? "\\" : adminShare.group(2));
        }
        boolean unc = text.startsWith("\\\\");
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : text.split("\\\\+")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.size() > (unc ? 2 : 1)) {
                    segments.removeLast();
                }
                continue;
            }
            segments.addLast(segment.replaceAll("[. ]+$", ""));
        }
        return (unc ? "\\\\" : "") + String.join("\\", segments);
    }

    /**
     * Whether both paths surely name the same file: the same once normalised, and neither holds an 8.3 short name
     * (which only the machine it lives on can resolve).
     */
    static boolean sameFile(String first, String second) {
        String a = normalised(first);
        String b = normalised(second);
        return !a.isEmpty() && a.equals(b) && !hasShortName(a);
    }

    static boolean hasShortName(String normalisedPath) {
        return List.of(normalisedPath.split("\\\\")).stream().anyMatch(segment -> SHORT_NAME.matcher(segment).matches());
    }
}
