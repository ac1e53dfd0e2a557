package dev.qbrsync.core.report;

/** Accrual or cash accounting basis of a report, as qbXML names it. */
public enum ReportBasis {
    ACCRUAL("Accrual"),
    CASH("Cash");

    private final String qbxmlName;

    ReportBasis(String qbxmlName) {
        this.qbxmlName = qbxmlName;
    }

    public String qbxmlName() {
        return qbxmlName;
    }
}
