package dev.qbrsync.core.service;

import dev.qbrsync.core.mapping.MappingEngine;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.port.MappingRepository;
import dev.qbrsync.core.port.SyncHistory;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.usecase.AccountReview;
import dev.qbrsync.core.usecase.MappingAdministration;

import java.util.List;
import java.util.Optional;

/** Rule changes, each committed together with the recalculated metrics it implies. */
public final class MappingAdministrationService implements MappingAdministration {
    private final MappingRepository mappings;
    private final SyncHistory history;
    private final Transactions transactions;
    private final MetricsRecalculator recalculator;

    public MappingAdministrationService(CorePorts ports) {
        this.mappings = ports.mappings();
        this.history = ports.history();
        this.transactions = ports.transactions();
        this.recalculator = new MetricsRecalculator(ports.mappings(), ports.metrics(), ports.history(), ports.ledger(),
                new ReportMetrics());
    }

    @Override
    public List<MappingRule> rules() {
        return mappings.findAll();
    }

    @Override
    public MappingRule create(MappingRule rule) {
        return transactions.inTransaction(() -> {
            MappingRule created = mappings.create(rule);
            recalculator.recalculateAllCompanies();
            return created;
        });
    }

    @Override
    public Optional<MappingRule> update(long id, MappingRule rule) {
        return transactions.inTransaction(() -> {
            Optional<MappingRule> updated = mappings.update(rule.withId(id));
            updated.ifPresent(ignored -> recalculator.recalculateAllCompanies());
            return updated;
        });
    }

    @Override
    public boolean delete(long id) {
        return transactions.inTransaction(() -> {
            boolean deleted = mappings.delete(id);
            if (deleted) {
                recalculator.recalculateAllCompanies();
            }
            return deleted;
        });
    }

    @Override
    public List<AccountReview> accounts(String companyId) {
        Optional<ProfitAndLossReport> latest = history.storedReports(companyId).stream()
                .flatMap(entry -> entry.profitAndLoss().stream())
                .findFirst();
        if (latest.isEmpty()) {
            return List.of();
        }
        MappingEngine engine = new MappingEngine(mappings.findAll());
        return latest.get().accounts().stream()
                .map(account -> new AccountReview(account, engine.map(account)))
                .toList();
    }
}
