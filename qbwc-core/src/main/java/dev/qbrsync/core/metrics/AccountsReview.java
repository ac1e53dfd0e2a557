package dev.qbrsync.core.metrics;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.metrics.internal.MetricsPipeline;
import dev.qbrsync.core.qbr.CompanyId;

import java.util.List;

/** Every account of a company's latest stored report, with its amounts and the rule or catch-all that mapped it. */
public final class AccountsReview {
    private final StoredReports reports;
    private final MappingRepository mappings;
    private final MetricsPipeline pipeline;

    public AccountsReview(StoredReports reports, MappingRepository mappings, MetricsPipeline pipeline) {
        this.reports = reports;
        this.mappings = mappings;
        this.pipeline = pipeline;
    }

    /** Empty when the company has no stored report. */
    public List<MappedAccount> accounts(CompanyScope scope, CompanyId company) {
        scope.require(company);
        return reports.latest(company)
                .map(latest -> pipeline.figures(latest.report(), mappings.rulesFor(company)).accounts())
                .orElse(List.of());
    }
}
