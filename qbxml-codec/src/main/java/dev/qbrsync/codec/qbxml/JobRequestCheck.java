package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.codec.xml.XmlFactories;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.Optional;

/**
 * Whether a job's query can go out in a session's qbXML: a query (nothing that writes), one the version has, with an
 * iterator only where the version gives that query one, and content that is well-formed qbXML. What QuickBooks would
 * refuse is refused here, before it is sent, so a bad job fails at once and by name.
 */
final class JobRequestCheck {
    /** The content of a query is a handful of filters; more is not a query. */
    static final int MAX_CONTENT_CHARACTERS = 64 * 1024;
    static final String WRAPPER = "JobQuery";
    private static final String PAGE_SIZE = "MaxReturned";

    Optional<String> refusal(JobRequest request, QbxmlTarget target) {
        QbxmlVersion version = target.version();
        Optional<JobQueries.Query> known = JobQueries.named(request.queryElement());
        if (known.isEmpty()) {
            return Optional.of(request.queryElement() + " is not a qbXML query (a job may only ask, never change "
                    + "the company file)");
        }
        JobQueries.Query query = known.get();
        if (!query.existsIn(version)) {
            return Optional.of(query.element() + " came with qbXML " + query.since());
        }
        if (request.paged() && !query.pagesIn(version)) {
            return Optional.of(query.element() + (query.pagedFrom() == null ? " takes no iterator in any qbXML version"
                    : " takes an iterator from qbXML " + query.pagedFrom() + " on"));
        }
        return contentRefusal(request);
    }

    private static Optional<String> contentRefusal(JobRequest request) {
        if (request.content().length() > MAX_CONTENT_CHARACTERS) {
            return Optional.of("its content is longer than " + MAX_CONTENT_CHARACTERS + " characters");
        }
        boolean pageSize = false;
        try {
            XMLStreamReader reader = wrapped(request.content());
            StaxReading.nextStartElement(reader);
            while (StaxReading.nextChild(reader)) {
                pageSize |= reader.getLocalName().equals(PAGE_SIZE) && positive(reader.getElementText());
                if (reader.isStartElement()) {
                    StaxReading.skipElement(reader);
                }
            }
            while (reader.hasNext()) {
                reader.next();
            }
            reader.close();
        } catch (XMLStreamException e) {
            return Optional.of("its content is not well-formed qbXML: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        return request.paged() && !pageSize ? Optional.of("a paged query names its page size in MaxReturned")
                : Optional.empty();
    }

    /** The content inside a wrapper element, for reading it as one document. */
    static XMLStreamReader wrapped(String content) throws XMLStreamException {
        return XmlFactories.input().createXMLStreamReader(new StringReader("<" + WRAPPER + ">" + content + "</"
                + WRAPPER + ">"));
    }

    private static boolean positive(String number) {
        try {
            return Integer.parseInt(number.trim()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
