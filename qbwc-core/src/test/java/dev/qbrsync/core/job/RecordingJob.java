package dev.qbrsync.core.job;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A job for tests: due until it stored an answer for the company; keeps every answer it was handed. */
public final class RecordingJob implements QuickBooksJob {
    private final String name;
    private final JobRequest request;
    private final Map<CompanyId, Instant> storedAt = new HashMap<>();
    public final List<JobAnswer> answers = new ArrayList<>();

    public RecordingJob(String name, JobRequest request) {
        this.name = name;
        this.request = request;
    }

    /** The customer list in pages of 500. */
    public static RecordingJob customers() {
        return new RecordingJob("customers", new JobRequest("CustomerQueryRq", "<MaxReturned>500</MaxReturned>", true));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isDue(CompanyId companyId, Instant now) {
        return !storedAt.containsKey(companyId);
    }

    @Override
    public JobRequest request(CompanyId companyId, QbxmlTarget target) {
        return request;
    }

    @Override
    public void store(CompanyId companyId, JobAnswer answer) {
        answers.add(answer);
        storedAt.put(companyId, Instant.EPOCH);
    }
}
