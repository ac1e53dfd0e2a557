package dev.qbrsync.core.quickbooks;

import java.util.Objects;

/**
 * A job's read-only qbXML query: the request element's name ({@code CustomerQueryRq}) and its content, the child
 * elements in the order the qbXML version demands. The core adds the {@code requestID} and, when the job pages
 * through an iterator, {@code iterator="Start"} or {@code "Continue"} with the {@code iteratorID}; the page size is
 * the job's {@code MaxReturned} element.
 *
 * @param queryElement  the request element, a query ({@code ...QueryRq})
 * @param content       its child elements as qbXML text, e.g. {@code <MaxReturned>500</MaxReturned>}; may be empty
 * @param paged         whether to page through a qbXML iterator
 */
public record JobRequest(String queryElement, String content, boolean paged) {

    public JobRequest {
        Objects.requireNonNull(queryElement, "queryElement");
        content = content == null ? "" : content;
    }

    /** The answer's element: {@code CustomerQueryRs} for {@code CustomerQueryRq}. */
    public String answerElement() {
        return queryElement.endsWith("Rq") ? queryElement.substring(0, queryElement.length() - 2) + "Rs"
                : queryElement;
    }
}
