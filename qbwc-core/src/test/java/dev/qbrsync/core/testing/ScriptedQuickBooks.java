package dev.qbrsync.core.testing;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportBasis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the qbXML codec: requests are short descriptive strings, and responses are whatever a test scripted
 * for a raw text. Any raw text that was not scripted is unreadable, as garbage would be.
 */
public final class ScriptedQuickBooks implements QuickBooksMessages {
    private final Map<String, QuickBooksResponse> responses = new HashMap<>();
    private final List<String> requests = new ArrayList<>();
    private List<QbxmlVersion> supported = List.of(new QbxmlVersion(13, 0), new QbxmlVersion(8, 0));
    private HostInfo hostInfo = HostInfo.unknown();

    /** Scripts what reading {@code raw} yields. */
    public ScriptedQuickBooks respond(String raw, QuickBooksResponse parsed) {
        responses.put(raw, parsed);
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

    /** The request text produced for a task and target, as {@link #request} writes it. */
    public static String describe(SyncTask task, QbxmlTarget target, ReportBasis basis) {
        return "request " + task.encode() + " qbXML " + target.country().versionPrefix() + target.version() + " "
                + basis.qbxmlName();
    }

    @Override
    public List<QbxmlVersion> supportedVersions() {
        return supported;
    }

    @Override
    public synchronized String request(SyncTask task, QbxmlTarget target, ReportBasis basis) {
        String request = describe(task, target, basis);
        requests.add(request);
        return request;
    }

    @Override
    public QuickBooksResponse read(SyncTask task, String qbxml) {
        QuickBooksResponse response = responses.get(qbxml);
        if (response == null) {
            throw new MalformedQbxmlException("unscripted response: " + qbxml);
        }
        return response;
    }

    @Override
    public HostInfo readHostInfo(String hcpResponse) {
        if (!hcpResponse.startsWith("<")) {
            throw new MalformedQbxmlException("not XML");
        }
        return hostInfo;
    }
}
