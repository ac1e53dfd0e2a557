package dev.qbrsync.core.testing;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.JobPage;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportBasis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for the qbXML codec: requests are short descriptive strings, and responses are whatever a test scripted
 * for a raw text. Any raw text that was not scripted is unreadable, as garbage would be.
 */
public final class ScriptedQuickBooks implements QuickBooksMessages {
    private final Map<String, QuickBooksResponse> responses = new HashMap<>();
    private final List<String> requests = new ArrayList<>();
    private List<QbxmlVersion> supported = List.of(new QbxmlVersion(13, 0), new QbxmlVersion(8, 0));
    private HostInfo hostInfo = HostInfo.unknown();
    private final Map<String, JobPage> jobPages = new HashMap<>();
    private final Map<String, String> refusedQueries = new HashMap<>();

    /** Scripts what reading {@code raw} yields. */
    public ScriptedQuickBooks respond(String raw, QuickBooksResponse parsed) {
        responses.put(raw, parsed);
        return this;
    }

    /** Scripts what reading job {@code job}'s answer out of {@code raw} yields. */
    public ScriptedQuickBooks respondToJob(String raw, String job, JobPage page) {
        jobPages.put(raw + "|" + job, page);
        return this;
    }

    /** Scripts the codec refusing every job query with this request element. */
    public ScriptedQuickBooks refusingQuery(String queryElement, String why) {
        refusedQueries.put(queryElement, why);
        return this;
    }

    public ScriptedQuickBooks supporting(List<QbxmlVersion> versions) {
        this.supported = List.copyOf(versions);
        return this;
    }

    public ScriptedQuickBooks host(HostInfo info) {
        this.hostInfo = info;
        return this;
    }

    /** The requests handed out so far, in order. */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** The request text produced for tasks and a target, as {@link #request} writes it. */
    public static String describe(List<SyncTask> tasks, QbxmlTarget target, ReportBasis basis) {
        return "request " + tasks.stream().map(SyncTask::encode).collect(java.util.stream.Collectors.joining("+"))
                + " qbXML " + target.country().versionPrefix() + target.version() + " " + basis.qbxmlName();
    }

    /** The highest of the scripted versions QuickBooks listed, or else is at most what QBWC reported. */
    @Override
    public Optional<QbxmlTarget> negotiate(HostInfo host, String qbxmlCountry, int qbxmlMajorVers,
                                           int qbxmlMinorVers) {
        QbxmlVersion reported = new QbxmlVersion(Math.max(qbxmlMajorVers, 0), Math.max(qbxmlMinorVers, 0));
        String country = qbxmlCountry == null || qbxmlCountry.isBlank() ? host.country() : qbxmlCountry;
        return supported.stream()
                .filter(version -> host.supportedVersions().isEmpty() ? version.compareTo(reported) <= 0
                        : host.supportedVersions().contains(version))
                .max(Comparator.naturalOrder())
                .map(version -> new QbxmlTarget(version, QbxmlTarget.Country.fromQbwc(country)));
    }

    @Override
    public String explainNoCommonVersion(HostInfo host, String qbxmlCountry, int qbxmlMajorVers,
                                         int qbxmlMinorVers) {
        return "QuickBooks supports qbXML up to " + qbxmlMajorVers + "." + qbxmlMinorVers + ", but we need one of "
                + supported;
    }

    @Override
    public synchronized String request(List<SyncTask> tasks, Map<String, JobRequest> jobRequests,
                                       Optional<String> fileIdOwner, QbxmlTarget target, ReportBasis basis) {
        String request = describe(tasks, target, basis);
        requests.add(request);
        return request;
    }

    /** The stand-in never asks QuickBooks for the FileID: the real codec's sessions play that (qbxml-codec's tests). */
    @Override
    public boolean canAskForFileId(QbxmlTarget target) {
        return false;
    }

    @Override
    public Optional<String> readFileId(String ownerId, String qbxml) {
        throw new UnsupportedOperationException("the stand-in never asks for the FileID");
    }

    /**
     * The scripted answer for the task's kind: a message scripted as {@code "pnl+employees"} answers a P&L request with
     * what {@code "pnl"} was scripted as, and an employee request with {@code "employees"}'s; a refusal answers any.
     */
    @Override
    public QuickBooksResponse read(SyncTask task, String qbxml) {
        List<QuickBooksResponse> parts = java.util.Arrays.stream(qbxml.split("\\+")).map(responses::get)
                .filter(java.util.Objects::nonNull).toList();
        return parts.stream().filter(part -> answers(task, part)).findFirst()
                .or(() -> parts.stream().filter(QuickBooksResponse.Refused.class::isInstance).findFirst())
                .orElseThrow(() -> new MalformedQbxmlException("no answer to " + task.encode() + " in: " + qbxml));
    }

    private static boolean answers(SyncTask task, QuickBooksResponse response) {
        return task instanceof SyncTask.ProfitAndLoss ? response instanceof QuickBooksResponse.ProfitAndLossReceived
                : response instanceof QuickBooksResponse.EmployeesReceived;
    }

    @Override
    public Optional<String> refusal(JobRequest request, QbxmlTarget target) {
        return Optional.ofNullable(refusedQueries.get(request.queryElement()));
    }

    /** The page scripted for the job and the raw text; a raw text scripted for several jobs answers each. */
    @Override
    public JobPage readJobPage(SyncTask.Job task, JobRequest request, String qbxml) {
        return java.util.Arrays.stream(qbxml.split("\\+")).map(part -> jobPages.get(part + "|" + task.name()))
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new MalformedQbxmlException("no answer to " + task.encode() + " in: " + qbxml));
    }

    @Override
    public HostInfo readHostInfo(String hcpResponse) {
        if (!hcpResponse.startsWith("<")) {
            throw new MalformedQbxmlException("not XML");
        }
        return hostInfo;
    }
}
