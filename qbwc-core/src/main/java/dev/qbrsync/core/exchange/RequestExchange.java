package dev.qbrsync.core.exchange;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.TicketCheck;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.util.Optional;

/**
 * sendRequestXML and receiveResponseXML: hands QBWC the plan's next request in the qbXML QuickBooks speaks, and has
 * each answer read and stored. Anything that cannot be stored fails the session with a reason getLastError gives.
 */
public final class RequestExchange {
    private static final String SEND = "qbwc.sendRequestXML";
    private static final String RECEIVE = "qbwc.receiveResponseXML";

    private final TicketCheck ticketCheck;
    private final QuickBooksMessages messages;
    private final QbxmlTargetChooser targetChooser;
    private final ResponseRecorder recorder;
    private final SessionOutcomes outcomes;
    private final Auditor auditor;
    private final Clock clock;
    private final ReportBasis reportBasis;
    private final SyncEvents events;

    public RequestExchange(TicketCheck ticketCheck, QuickBooksMessages messages, ResponseRecorder recorder,
                           SessionOutcomes outcomes, Auditor auditor, Clock clock, ReportBasis reportBasis,
                           SyncEvents events) {
        this.ticketCheck = ticketCheck;
        this.messages = messages;
        this.targetChooser = new QbxmlTargetChooser(messages.supportedVersions());
        this.recorder = recorder;
        this.outcomes = outcomes;
        this.auditor = auditor;
        this.clock = clock;
        this.reportBasis = reportBasis;
        this.events = events;
    }

    String sendRequestXML(Caller caller, String ticket, String hcpResponse, String companyFileName,
                          String qbxmlCountry, int qbxmlMajorVersion, int qbxmlMinorVersion) {
        TicketCheck.Found found = ticketCheck.find(caller, ticket);
        if (!found.usable()) {
            return outcomes.refuse(caller, found, SEND, "");
        }
        WebConnectorSession session = found.session();
        Optional<SyncTask> task = session.currentTask();
        if (session.state() != SessionState.AUTHENTICATED || task.isEmpty()) {
            return outcomes.failOutOfOrder(caller, session, SEND, "");
        }
        Optional<QbxmlTarget> target = session.qbxmlTarget()
                .or(() -> targetChooser.choose(hostInfo(hcpResponse), qbxmlCountry, qbxmlMajorVersion,
                        qbxmlMinorVersion));
        if (target.isEmpty()) {
            return outcomes.fail(caller, session, SEND, "QuickBooks supports qbXML up to " + qbxmlMajorVersion + "."
                    + qbxmlMinorVersion + ", but QBR Sync needs one of " + targetChooser.describeOurs() + ".", "");
        }
        String request = messages.request(task.get(), target.get(), reportBasis);
        if (!outcomes.store(session.awaitResponse(target.get(), companyFileName, clock.instant()))) {
            return outcomes.refuseConcurrent(caller, session, SEND, "");
        }
        auditor.record(caller, session.userName(), SEND, AuditOutcome.SUCCESS, "request "
                + (session.nextTaskIndex() + 1) + " of " + session.plan().size() + ": " + task.get().encode()
                + " in qbXML " + target.get().version());
        events.requestSent(HistoryEntries.typeOf(task.get()), utf8Bytes(request));
        return request;
    }

    int receiveResponseXML(Caller caller, String ticket, String response, String hresult, String message) {
        TicketCheck.Found found = ticketCheck.find(caller, ticket);
        if (!found.usable()) {
            return outcomes.refuse(caller, found, RECEIVE, -1);
        }
        WebConnectorSession session = found.session();
        if (session.state() != SessionState.AWAITING_RESPONSE || session.currentTask().isEmpty()) {
            return outcomes.failOutOfOrder(caller, session, RECEIVE, -1);
        }
        SyncTask task = session.currentTask().get();
        events.responseReceived(HistoryEntries.typeOf(task), utf8Bytes(nullToEmpty(response)));
        if (hresult != null && !hresult.isBlank()) {
            return failResponse(caller, session, task, response,
                    "QuickBooks could not run the request (" + hresult.trim() + "): " + nullToEmpty(message).trim());
        }
        QuickBooksResponse parsed;
        try {
            parsed = messages.read(task, nullToEmpty(response));
        } catch (MalformedQbxmlException e) {
            return failResponse(caller, session, task, response, "QuickBooks' response could not be read: "
                    + e.getMessage());
        }
        if (parsed instanceof QuickBooksResponse.Refused refused) {
            return failResponse(caller, session, task, response, "QuickBooks refused " + task.encode()
                    + " with status " + refused.status().code() + ": " + refused.status().message());
        }
        try {
            WebConnectorSession advanced = recorder.recordSuccess(session, task, response, parsed);
            auditor.record(caller, session.userName(), RECEIVE, AuditOutcome.SUCCESS,
                    task.encode() + " stored, " + advanced.progress() + "% done");
            return advanced.progress();
        } catch (NotStoredException e) {
            return failResponse(caller, session, task, response, e.getMessage());
        } catch (ConcurrentUpdateException e) {
            return outcomes.refuseConcurrent(caller, session, RECEIVE, -1);
        } catch (RuntimeException e) {
            return failResponse(caller, session, task, response, "Storing " + task.encode() + " failed: "
                    + e.getMessage());
        }
    }

    private int failResponse(Caller caller, WebConnectorSession session, SyncTask task, String raw, String error) {
        events.syncFailed(HistoryEntries.typeOf(task));
        try {
            recorder.recordFailure(session, task, raw, error);
        } catch (RuntimeException storeFailure) {
            auditor.record(caller, session.userName(), RECEIVE, AuditOutcome.FAILURE,
                    error + " (and the failure could not be stored: " + storeFailure.getMessage() + ")");
            return -1;
        }
        auditor.record(caller, session.userName(), RECEIVE, AuditOutcome.FAILURE, error);
        return -1;
    }

    private HostInfo hostInfo(String hcpResponse) {
        if (hcpResponse == null || hcpResponse.isBlank()) {
            return HostInfo.unknown();
        }
        try {
            return messages.readHostInfo(hcpResponse);
        } catch (MalformedQbxmlException e) {
            return HostInfo.unknown();
        }
    }

    /** The UTF-8 size of a text, without encoding it (answers can be megabytes). */
    static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
