package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.exchange.SyncEvents;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.company.internal.FileBinding;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.WebConnectorSession;
import dev.qbrsync.core.session.internal.TicketCheck;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * sendRequestXML and receiveResponseXML: hands QBWC the plan's next round trip, one qbXML message with every request
 * of the round in the version QuickBooks and we both speak, and has each answer in the response stored on its own by
 * the job that asked for it (the built-in Profit & Loss and employee jobs, or a registered one). An answer that cannot
 * be stored is recorded as failed without losing the others; the session then fails with a reason getLastError gives,
 * and no request is ever sent twice in one session.
 */
public final class RequestExchange {
    private static final String SEND = "qbwc.sendRequestXML";
    private static final String RECEIVE = "qbwc.receiveResponseXML";

    private final TicketCheck ticketCheck;
    private final QuickBooksMessages messages;
    private final SessionJobs sessionJobs;
    private final SessionOutcomes outcomes;
    private final Auditor auditor;
    private final Clock clock;
    private final ReportBasis reportBasis;
    private final FileBinding fileBinding;
    private final SyncEvents events;
    private final FileIdQuestion fileIdQuestion;

    public RequestExchange(TicketCheck ticketCheck, QuickBooksMessages messages, SessionJobs sessionJobs,
                           SessionOutcomes outcomes, Auditor auditor, Clock clock,
                           ReportBasis reportBasis, FileBinding fileBinding, SyncEvents events) {
        this.ticketCheck = ticketCheck;
        this.messages = messages;
        this.sessionJobs = sessionJobs;
        this.outcomes = outcomes;
        this.auditor = auditor;
        this.clock = clock;
        this.reportBasis = reportBasis;
        this.fileBinding = fileBinding;
        this.events = events;
        this.fileIdQuestion = new FileIdQuestion(messages, fileBinding);
    }

    public String sendRequestXML(Caller caller, String ticket, String hcpResponse, String companyFileName,
                          String qbxmlCountry, int qbxmlMajorVersion, int qbxmlMinorVersion) {
        TicketCheck.Found found = ticketCheck.find(caller, ticket);
        if (!found.usable()) {
            return outcomes.refuse(caller, found, SEND, "");
        }
        WebConnectorSession session = found.session();
        Optional<List<SyncTask>> round = session.currentRound();
        if (session.state() != SessionState.AUTHENTICATED || round.isEmpty()) {
            return outcomes.failOutOfOrder(caller, session, SEND, "");
        }
        boolean firstRound = session.qbxmlTarget().isEmpty();
        HostInfo host = firstRound ? hostInfo(hcpResponse) : HostInfo.unknown();
        FileIdentity openFile = firstRound ? fileBinding.openFile(host, companyFileName) : session.openFile();
        Optional<String> wrongFile = firstRound ? fileBinding.refusal(session.companyId(), openFile)
                : Optional.empty();
        if (wrongFile.isPresent()) {
            return outcomes.deny(caller, session, SEND, wrongFile.get(), "");
        }
        Optional<QbxmlTarget> target = session.qbxmlTarget()
                .or(() -> messages.negotiate(host, qbxmlCountry, qbxmlMajorVersion, qbxmlMinorVersion));
        if (target.isEmpty()) {
            return outcomes.fail(caller, session, SEND, messages.explainNoCommonVersion(host, qbxmlCountry,
                    qbxmlMajorVersion, qbxmlMinorVersion) + " Nothing was asked or stored.", "");
        }
        if (firstRound) {
            fileBinding.rememberQuickBooks(session.companyId(), host, qbxmlMajorVersion, qbxmlMinorVersion,
                    target.get(), clock.instant());
        }
        Screened screened = withoutRefusedJobs(caller, session, target.get());
        WebConnectorSession sending = screened.session();
        if (sending != session && !outcomes.store(sending)) {
            return outcomes.refuseConcurrent(caller, session, SEND, "");
        }
        SessionJobs.Prepared prepared = sending.currentRound()
                .map(tasks -> sessionJobs.prepare(sending, tasks, target.get())).orElse(null);
        if (prepared == null || !prepared.refusals().isEmpty()) {
            return outcomes.fail(caller, sending, SEND, screened.refusals() + " Nothing else was due.", "");
        }
        List<SyncTask> sent = sending.currentRound().get();
        Optional<String> fileIdOwner = fileIdQuestion.ownerToAsk(sending.nextRound(), openFile, target.get());
        String request = messages.request(sent, prepared.queries(), fileIdOwner, target.get(), reportBasis);
        if (!outcomes.store(sending.awaitResponse(target.get(), openFile, clock.instant()))) {
            return outcomes.refuseConcurrent(caller, sending, SEND, "");
        }
        long bytes = Utf8.bytes(request);
        auditor.record(caller, session.userName(), SEND, AuditOutcome.SUCCESS, "round trip "
                + (sending.nextRound() + 1) + " of " + sending.plan().size() + ": " + SyncPlan.describe(sent)
                + (fileIdOwner.isPresent() ? " and the company file's FileID" : "") + " in qbXML "
                + target.get().version() + " (" + target.get().country() + "), " + bytes + " bytes");
        events.requestSent(sent.size(), bytes);
        return request;
    }

    /** The session as it goes out, and why jobs of its round were left out (empty when none was). */
    private record Screened(WebConnectorSession session, String refusals) {
    }

    /**
     * The session without the round's jobs whose queries cannot be sent in the negotiated qbXML: each fails at once,
     * recorded under its name, and the rest of the plan goes ahead. The same session when every job can be sent.
     */
    private Screened withoutRefusedJobs(Caller caller, WebConnectorSession session, QbxmlTarget target) {
        Map<SyncTask, String> refusals = sessionJobs.prepare(session, session.currentRound().orElseThrow(), target)
                .refusals();
        refusals.forEach((task, why) -> {
            recordFailure(session, task, null, why);
            auditor.record(caller, session.userName(), SEND, AuditOutcome.FAILURE, why);
        });
        WebConnectorSession rest = refusals.isEmpty() ? session
                : session.dropping(List.copyOf(refusals.keySet()), clock.instant());
        return new Screened(rest, String.join(" ", refusals.values()));
    }

    public int receiveResponseXML(Caller caller, String ticket, String response, String hresult, String message) {
        TicketCheck.Found found = ticketCheck.find(caller, ticket);
        if (!found.usable()) {
            return outcomes.refuse(caller, found, RECEIVE, -1);
        }
        WebConnectorSession awaiting = found.session();
        if (awaiting.state() != SessionState.AWAITING_RESPONSE || awaiting.currentRound().isEmpty()) {
            return outcomes.failOutOfOrder(caller, awaiting, RECEIVE, -1);
        }
        String raw = response == null ? "" : response;
        boolean quickBooksFailed = hresult != null && !hresult.isBlank();
        FileIdQuestion.Answer identified = quickBooksFailed
                ? new FileIdQuestion.Answer(awaiting.openFile(), Optional.empty())
                : fileIdQuestion.read(awaiting, raw);
        WebConnectorSession session = awaiting.receiving(identified.file(), clock.instant());
        if (!outcomes.store(session)) {
            return outcomes.refuseConcurrent(caller, awaiting, RECEIVE, -1);
        }
        List<SyncTask> round = session.currentRound().get();
        events.responseReceived(round.size(), Utf8.bytes(raw));
        if (identified.refusal().isPresent()) {
            round.forEach(task -> recordFailure(session, task, null, identified.refusal().get()));
            return outcomes.deny(caller, session, RECEIVE, identified.refusal().get(), -1);
        }
        List<Failure> failures = new ArrayList<>();
        List<SyncTask> nextPages = new ArrayList<>();
        int stored = 0;
        if (quickBooksFailed) {
            String error = "QuickBooks could not run the requests (" + hresult.trim() + "): "
                    + (message == null ? "" : message.trim()) + ". They are not sent again in this session";
            round.forEach(task -> recordFailure(session, task, raw, error));
            failures.add(new Failure(error, false));
        } else {
            for (SyncTask task : round) {
                Optional<Failure> failure = receive(session, task, raw, nextPages);
                failure.ifPresent(failures::add);
                stored += failure.isEmpty() ? 1 : 0;
            }
        }
        if (!failures.isEmpty()) {
            return outcomes.fail(caller, session, RECEIVE, failureSummary(round.size(), stored, failures), -1);
        }
        WebConnectorSession advanced = session.advance(nextPages, clock.instant());
        if (!outcomes.store(advanced)) {
            return outcomes.refuseConcurrent(caller, session, RECEIVE, -1);
        }
        if (advanced.state() == SessionState.COMPLETED) {
            fileBinding.bindAfterSuccess(session.companyId(), session.openFile(), clock.instant());
        }
        auditor.record(caller, session.userName(), RECEIVE, AuditOutcome.SUCCESS,
                SyncPlan.describe(round) + " stored, " + advanced.progress() + "% done");
        return advanced.progress();
    }

    /**
     * Has the job that asked for {@code task} read and store its answer: its next request joins {@code nextPages}
     * while QuickBooks holds more; its failure, recorded in the history, when it stored nothing.
     */
    private Optional<Failure> receive(WebConnectorSession session, SyncTask task, String raw,
                                      List<SyncTask> nextPages) {
        try {
            sessionJobs.of(task).receive(session, task, raw).ifPresent(nextPages::add);
            return Optional.empty();
        } catch (NotStoredException e) {
            return Optional.of(new Failure(recordFailure(session, task, raw, e.getMessage()), e.saysWhatStaysDue()));
        }
    }

    private String recordFailure(WebConnectorSession session, SyncTask task, String raw, String error) {
        events.syncFailed(HistoryEntries.typeOf(task));
        try {
            sessionJobs.of(task).recordFailure(session, task, raw, error);
            return error;
        } catch (RuntimeException storeFailure) {
            return error + StorageFailure.notRecorded(session, task, storeFailure);
        }
    }

    /** Why an answer stored nothing, and whether that already says what stays due. */
    private record Failure(String reason, boolean saysWhatStaysDue) {
    }

    /** What getLastError says of a round with failed answers: each failure, and what was stored all the same. */
    private static String failureSummary(int answers, int stored, List<Failure> failures) {
        String failed = failures.stream().map(Failure::reason).collect(Collectors.joining("; "));
        String others = "The other " + stored + " of the " + answers + " answers were stored";
        if (failures.stream().allMatch(Failure::saysWhatStaysDue)) {
            return stored == 0 ? failed + "." : failed + ". " + others + ".";
        }
        if (stored == 0) {
            return failed + ". Nothing of it was stored; it stays due for the next run.";
        }
        return failed + ". " + others + "; what failed stays due for the next run.";
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
}
