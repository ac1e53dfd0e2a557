package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.codec.xml.XmlFactories;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlStatus;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/** Opens a qbXML response and finds the response element a reader expects, with its status attributes. */
final class QbxmlDocument implements AutoCloseable {
    private final XMLStreamReader reader;

    private QbxmlDocument(XMLStreamReader reader) {
        this.reader = reader;
    }

    static QbxmlDocument open(String qbxml) {
        try {
            return new QbxmlDocument(XmlFactories.input().createXMLStreamReader(new StringReader(qbxml)));
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    XMLStreamReader reader() {
        return reader;
    }

    /**
     * Moves to the {@code responseElement} (e.g. {@code EmployeeQueryRs}) that answers our request {@code requestId} and
     * reads its status attributes. An answer to another request is refused: it is not ours to store.
     */
    QbxmlStatus moveToResponse(String responseElement, String requestId) throws XMLStreamException {
        return withIteratorRemainder(moveToAnswer(responseElement, requestId));
    }

    /**
     * Moves to the {@code responseElement} that answers our request {@code requestId} and reads its status attributes
     * as they are, leaving the cursor on the element's start tag.
     */
    QbxmlStatus moveToAnswer(String responseElement, String requestId) throws XMLStreamException {
        if (!StaxReading.nextStartElement(reader) || !reader.getLocalName().equals("QBXML")) {
            throw new MalformedQbxmlException("The response is not a qbXML document (no QBXML root element).");
        }
        String foreign = null;
        while (StaxReading.nextStartElement(reader)) {
            if (!reader.getLocalName().equals(responseElement)) {
                continue;
            }
            String answered = StaxReading.attribute(reader, "requestID");
            if (requestId.equals(answered)) {
                return new QbxmlStatus(statusCode(responseElement), StaxReading.attribute(reader, "statusSeverity"),
                        StaxReading.attribute(reader, "statusMessage"));
            }
            foreign = answered == null ? "(no requestID)" : "'" + answered + "'";
            StaxReading.skipElement(reader);
        }
        if (foreign != null) {
            throw new MalformedQbxmlException("QuickBooks' " + responseElement + " answers request " + foreign
                    + ", not our request '" + requestId + "'; it was not stored.");
        }
        throw new MalformedQbxmlException("The response has no " + responseElement + "; QuickBooks answered "
                + "something other than what was asked.");
    }

    /**
     * Our own requests never ask for iterators, so a response that still has records behind one is partial: it is
     * kept, as a warning that says how many records were left out.
     */
    private QbxmlStatus withIteratorRemainder(QbxmlStatus status) {
        String remaining = StaxReading.attribute(reader, "iteratorRemainingCount");
        if (status.isError() || remaining == null || remaining.isBlank() || remaining.trim().equals("0")) {
            return status;
        }
        return new QbxmlStatus(status.code(), "Warn", status.message() + " (" + remaining.trim()
                + " more records are behind a qbXML iterator and were not fetched)");
    }

    /** QuickBooks writes a statusCode on every answer (the schema requires it); without one, success is unknown. */
    private int statusCode(String responseElement) {
        String code = StaxReading.attribute(reader, "statusCode");
        if (code == null) {
            throw new MalformedQbxmlException("QuickBooks' " + responseElement + " carries no statusCode, so whether "
                    + "the request succeeded is unknown; it was not stored.");
        }
        try {
            return Integer.parseInt(code.trim());
        } catch (NumberFormatException e) {
            throw new MalformedQbxmlException("statusCode '" + code + "' is not a number.");
        }
    }

    static MalformedQbxmlException unreadable(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable input" : e.getMessage().lines().findFirst().orElse("");
        return new MalformedQbxmlException("The qbXML response is not well-formed: " + message, e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing left to release
        }
    }
}
