package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.company.internal.FileBinding;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.session.WebConnectorSession;

import java.util.Optional;

/**
 * Asks QuickBooks itself for the FileID the Web Connector keeps in the open company file under our OwnerID, when the
 * Web Connector's own company data named the company but carried no FileID of ours: a CompanyQuery in the session's
 * first message, beside the session's requests, so one round trip still does. Its answer decides the binding before
 * anything is stored: a file whose FileID belongs to another company stores nothing. A first call without company
 * data (no strHCPResponse, as in-process players send) is not asked: the real Web Connector always sends it, and a
 * client that leaves it out could as well answer the question falsely.
 */
final class FileIdQuestion {
    private final QuickBooksMessages messages;
    private final FileBinding fileBinding;

    FileIdQuestion(QuickBooksMessages messages, FileBinding fileBinding) {
        this.messages = messages;
        this.fileBinding = fileBinding;
    }

    /** What QuickBooks' answer said of the open file: the file known better, or why nothing may be stored. */
    record Answer(FileIdentity file, Optional<String> refusal) {
    }

    /** The OwnerID to ask under in a message of this round, or empty when the message does not ask. */
    Optional<String> ownerToAsk(int round, FileIdentity openFile, QbxmlTarget target) {
        boolean asks = round == 0 && !openFile.companyName().isEmpty() && openFile.fileId().isEmpty()
                && messages.canAskForFileId(target);
        return asks ? Optional.of(fileBinding.ownerId()) : Optional.empty();
    }

    /**
     * The open file as QuickBooks' answer identifies it, or why the session must not store anything: the file's FileID
     * is another company's, or the answer holds no readable answer to the question. The session's file as it was when
     * the round's message did not ask.
     */
    Answer read(WebConnectorSession session, String response) {
        FileIdentity open = session.openFile();
        QbxmlTarget target = session.qbxmlTarget().orElse(null);
        if (target == null || ownerToAsk(session.nextRound(), open, target).isEmpty()) {
            return new Answer(open, Optional.empty());
        }
        Optional<String> fileId;
        try {
            fileId = messages.readFileId(fileBinding.ownerId(), response);
        } catch (MalformedQbxmlException e) {
            return new Answer(open, Optional.of("QuickBooks' answer to the question for the company file's FileID "
                    + "could not be read: " + e.getMessage() + " Nothing was stored."));
        }
        if (fileId.isEmpty()) {
            return new Answer(open, Optional.empty());
        }
        FileIdentity identified = new FileIdentity(open.companyName(), fileId.get(), open.filePath());
        return new Answer(identified, fileBinding.refusal(session.companyId(), identified, "Nothing was stored."));
    }
}
