package dev.qbrsync.core.quickbooks;

/**
 * The status attributes of a qbXML response. 0 is success, 1 means no match (an empty result, not a failure), 500 and
 * other warnings are partial results, and codes of 3000 and above with severity Error are failures.
 */
public record QbxmlStatus(int code, String severity, String message) {
    public static final int OK = 0;
    public static final int NO_MATCH = 1;

    public QbxmlStatus {
        severity = severity == null ? "" : severity;
        message = message == null ? "" : message;
    }

    public static QbxmlStatus ok() {
        return new QbxmlStatus(OK, "Info", "Status OK");
    }

    public boolean isNoMatch() {
        return code == NO_MATCH;
    }

    public boolean isError() {
        return "Error".equalsIgnoreCase(severity) || severity.isBlank() && code >= 3000;
    }

    public boolean isWarning() {
        return !isError() && "Warn".equalsIgnoreCase(severity);
    }
}
