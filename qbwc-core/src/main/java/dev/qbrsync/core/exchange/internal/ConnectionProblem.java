package dev.qbrsync.core.exchange.internal;

import java.util.List;
import java.util.Locale;

/**
 * Why the Web Connector could not reach QuickBooks (connectionError), and whether trying again can help. The HRESULTs
 * are QuickBooks' request processor's (QBXMLRP2) as Intuit's SDK lists them; since the Web Connector passes the
 * message along too, its words count as well.
 */
public enum ConnectionProblem {
    NOT_RUNNING("QuickBooks is not running or has no company file open. Start QuickBooks, open this company's file, "
            + "and run the Web Connector again.",
            List.of("0x80040408", "0x80040416", "0x80040417"),
            List.of("could not start quickbooks", "not running", "is not open", "must include the name")),
    WRONG_FILE("QuickBooks has another company file open, or the file open in a mode that cannot be shared. Open this "
            + "company's file (in multi-user mode if others work in it) and run the Web Connector again.",
            List.of("0x8004040a", "0x80040410"),
            List.of("different company", "different from the one", "currently open in a mode")),
    NO_PERMISSION("QuickBooks has not allowed QBR Sync to read this company file. As the QuickBooks administrator, "
            + "open the file in single-user mode, run the Web Connector and allow access (read-only is enough), or "
            + "check Edit > Preferences > Integrated Applications > Company Preferences.",
            List.of("0x80040418", "0x8004041a", "0x8004041d", "0x80040420"),
            List.of("permission", "denied", "not allowed", "not authorized", "grant")),
    DIALOG_OPEN("A dialog is open in QuickBooks, which stops every application. Close it and run the Web Connector "
            + "again.",
            List.of("0x80040414"),
            List.of("modal dialog", "dialog box")),
    TRANSIENT("", List.of(), List.of());

    private final String advice;
    private final List<String> hresults;
    private final List<String> words;

    ConnectionProblem(String advice, List<String> hresults, List<String> words) {
        this.advice = advice;
        this.hresults = hresults;
        this.words = words;
    }

    public static ConnectionProblem of(String hresult, String message) {
        String code = hresult == null ? "" : hresult.trim().toLowerCase(Locale.ROOT);
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        for (ConnectionProblem problem : values()) {
            if (problem.hresults.contains(code) || problem.words.stream().anyMatch(text::contains)) {
                return problem;
            }
        }
        return TRANSIENT;
    }

    /** Only a person can fix it: asking again in the same session cannot help. */
    public boolean needsAPerson() {
        return this != TRANSIENT;
    }

    /** What to do, for getLastError. */
    public String advice() {
        return advice;
    }
}
