package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlStatus;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads QuickBooks' answer to our question for the FileID (the CompanyQueryRs answering request
 * {@value QbxmlRequestWriter#FILE_ID_REQUEST}): the DataExtRet named FileID kept under our OwnerID. Checked against the
 * question like every answer: another request's answer, an error, or two different FileIDs for our OwnerID are not
 * taken for one.
 */
final class FileIdReader {
    private static final String RESPONSE = "CompanyQueryRs";

    Optional<String> read(String ownerId, String qbxml) {
        try (QbxmlDocument document = QbxmlDocument.open(qbxml)) {
            QbxmlStatus status = document.moveToAnswer(RESPONSE, QbxmlRequestWriter.FILE_ID_REQUEST);
            if (status.isError()) {
                throw new MalformedQbxmlException("QuickBooks refused the question with status " + status.code()
                        + ": " + status.message());
            }
            return fileIdOf(document.reader(), ownerId);
        } catch (XMLStreamException e) {
            throw QbxmlDocument.unreadable(e);
        }
    }

    /** The FileID under {@code ownerId} among the CompanyRet's data extensions; the cursor on CompanyQueryRs. */
    private static Optional<String> fileIdOf(XMLStreamReader reader, String ownerId) throws XMLStreamException {
        Optional<String> found = Optional.empty();
        while (StaxReading.nextChild(reader)) {
            if (!reader.getLocalName().equals("CompanyRet")) {
                StaxReading.skipElement(reader);
                continue;
            }
            while (StaxReading.nextChild(reader)) {
                Optional<HostInfo.FileId> fileId = reader.getLocalName().equals("DataExtRet")
                        ? HostInfoReader.fileId(reader) : skipped(reader);
                if (fileId.isPresent() && braceless(fileId.get().ownerId()).equals(braceless(ownerId))) {
                    found = agreeing(found, fileId.get().value());
                }
            }
        }
        return found;
    }

    private static Optional<String> agreeing(Optional<String> earlier, String value) {
        if (earlier.isPresent() && !earlier.get().equalsIgnoreCase(value)) {
            throw new MalformedQbxmlException("The company file holds two different FileIDs for our OwnerID ("
                    + earlier.get() + ", " + value + ").");
        }
        return Optional.of(value);
    }

    private static Optional<HostInfo.FileId> skipped(XMLStreamReader reader) throws XMLStreamException {
        StaxReading.skipElement(reader);
        return Optional.empty();
    }

    private static String braceless(String id) {
        return id.replace("{", "").replace("}", "").trim().toUpperCase(Locale.ROOT);
    }
}
