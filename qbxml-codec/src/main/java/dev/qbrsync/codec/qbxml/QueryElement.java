package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.QbxmlVersion;

/**
 * The elements our two queries are made of, each with the qbXML version that introduced it. Within a query they are
 * declared in the order every qbXML version demands (Intuit's request templates for 2.0 to 14.0 agree on it).
 */
enum QueryElement {
    GENERAL_SUMMARY_REPORT_TYPE(Query.PROFIT_AND_LOSS, "GeneralSummaryReportType", 2, 0),
    REPORT_PERIOD(Query.PROFIT_AND_LOSS, "ReportPeriod", 2, 0),
    SUMMARIZE_COLUMNS_BY(Query.PROFIT_AND_LOSS, "SummarizeColumnsBy", 2, 0),
    REPORT_BASIS(Query.PROFIT_AND_LOSS, "ReportBasis", 2, 1),
    ACTIVE_STATUS(Query.EMPLOYEE_LIST, "ActiveStatus", 2, 0),
    INCLUDE_RET_ELEMENT(Query.EMPLOYEE_LIST, "IncludeRetElement", 4, 0);

    private final Query query;
    private final String tag;
    private final QbxmlVersion introducedIn;

    QueryElement(Query query, String tag, int major, int minor) {
        this.query = query;
        this.tag = tag;
        this.introducedIn = new QbxmlVersion(major, minor);
    }

    Query query() {
        return query;
    }

    String tag() {
        return tag;
    }

    QbxmlVersion introducedIn() {
        return introducedIn;
    }

    /** The only two requests QBR Sync ever sends; both are read-only queries. */
    enum Query {
        PROFIT_AND_LOSS("GeneralSummaryReportQueryRq"),
        EMPLOYEE_LIST("EmployeeQueryRq");

        private final String requestTag;

        Query(String requestTag) {
            this.requestTag = requestTag;
        }

        String requestTag() {
            return requestTag;
        }
    }
}
