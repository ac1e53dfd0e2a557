package dev.qbrsync.persistence;

import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.persistence.generated.tables.records.QbwcAccountMappingsRecord;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

import static dev.qbrsync.persistence.generated.Tables.QBWC_ACCOUNT_MAPPINGS;

/** Mapping rules in {@code qbwc_account_mappings}. */
public final class JooqMappingRepository implements MappingRepository {
    private final DSLContext dsl;

    public JooqMappingRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public List<MappingRule> findAll() {
        return dsl.selectFrom(QBWC_ACCOUNT_MAPPINGS).orderBy(QBWC_ACCOUNT_MAPPINGS.ID)
                .fetch(JooqMappingRepository::toRule);
    }

    @Override
    public Optional<MappingRule> findById(long id) {
        return dsl.selectFrom(QBWC_ACCOUNT_MAPPINGS).where(QBWC_ACCOUNT_MAPPINGS.ID.eq(id))
                .fetchOptional(JooqMappingRepository::toRule);
    }

    @Override
    public MappingRule create(MappingRule rule) {
        QbwcAccountMappingsRecord record = toRecord(rule);
        record.changed(QBWC_ACCOUNT_MAPPINGS.ID, false);
        return toRule(dsl.insertInto(QBWC_ACCOUNT_MAPPINGS).set(record).returning().fetchOne());
    }

    @Override
    public Optional<MappingRule> update(MappingRule rule) {
        if (rule.id() == null) {
            return Optional.empty();
        }
        QbwcAccountMappingsRecord record = toRecord(rule);
        record.changed(QBWC_ACCOUNT_MAPPINGS.ID, false);
        return dsl.update(QBWC_ACCOUNT_MAPPINGS).set(record).where(QBWC_ACCOUNT_MAPPINGS.ID.eq(rule.id()))
                .returning().fetchOptional().map(JooqMappingRepository::toRule);
    }

    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(QBWC_ACCOUNT_MAPPINGS).where(QBWC_ACCOUNT_MAPPINGS.ID.eq(id)).execute() > 0;
    }

    private QbwcAccountMappingsRecord toRecord(MappingRule rule) {
        QbwcAccountMappingsRecord record = dsl.newRecord(QBWC_ACCOUNT_MAPPINGS);
        record.setPattern(rule.pattern());
        record.setMatchType(rule.matchType().name());
        record.setMetricKey(rule.metric().code());
        record.setSection(rule.section() == null ? null : rule.section().name());
        record.setPriority(rule.priority());
        record.setActive(rule.active());
        record.setNote(rule.note());
        return record;
    }

    private static MappingRule toRule(QbwcAccountMappingsRecord record) {
        MetricKey metric = MetricKey.fromCode(record.getMetricKey()).orElseThrow(() ->
                new IllegalStateException("Unknown metric key in rule " + record.getId() + ": " + record.getMetricKey()));
        return new MappingRule(record.getId(), record.getPattern(), MatchType.valueOf(record.getMatchType()), metric,
                record.getSection() == null ? null : ReportSection.valueOf(record.getSection()), record.getPriority(),
                record.getActive(), record.getNote());
    }
}
