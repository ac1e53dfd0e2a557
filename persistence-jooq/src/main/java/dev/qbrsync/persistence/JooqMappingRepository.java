package dev.qbrsync.persistence;

import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.persistence.generated.tables.records.QbwcAccountMappingsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.qbrsync.persistence.generated.Tables.QBWC_ACCOUNT_MAPPINGS;

/**
 * Mapping rules in {@code qbwc_account_mappings}, in the columns the replaced service used ({@code organization_id},
 * NULL for a rule every company shares, {@code qbr_metric_key},
 * {@code qb_account_pattern}, {@code match_type} in lower case, {@code is_active}, {@code notes}) plus QBR Sync's
 * {@code section} and {@code priority}.
 */
public final class JooqMappingRepository implements MappingRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public JooqMappingRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    @Override
    public List<MappingRule> rulesFor(CompanyId companyId) {
        return rulesWhere(CompanyKeys.parse(companyId).map(QBWC_ACCOUNT_MAPPINGS.ORGANIZATION_ID::eq)
                .orElse(DSL.falseCondition()));
    }

    @Override
    public List<MappingRule> sharedRules() {
        return rulesWhere(DSL.falseCondition());
    }

    /** The shared rules and those {@code companysOwn} selects, ordered by id. */
    private List<MappingRule> rulesWhere(Condition companysOwn) {
        return dsl.selectFrom(QBWC_ACCOUNT_MAPPINGS)
                .where(QBWC_ACCOUNT_MAPPINGS.ORGANIZATION_ID.isNull().or(companysOwn))
                .orderBy(QBWC_ACCOUNT_MAPPINGS.ID)
                .fetch(JooqMappingRepository::toRule);
    }

    @Override
    public Optional<MappingRule> findById(long id) {
        return rowId(id).flatMap(row -> dsl.selectFrom(QBWC_ACCOUNT_MAPPINGS).where(QBWC_ACCOUNT_MAPPINGS.ID.eq(row))
                .fetchOptional(JooqMappingRepository::toRule));
    }

    @Override
    public MappingRule create(MappingRule rule) {
        QbwcAccountMappingsRecord record = toRecord(rule);
        record.setCreatedAt(clock.instant());
        return toRule(dsl.insertInto(QBWC_ACCOUNT_MAPPINGS).set(record).returning().fetchOne());
    }

    @Override
    public Optional<MappingRule> update(MappingRule rule) {
        if (rule.id() == null) {
            return Optional.empty();
        }
        return rowId(rule.id()).flatMap(row -> dsl.update(QBWC_ACCOUNT_MAPPINGS).set(toRecord(rule))
                .where(QBWC_ACCOUNT_MAPPINGS.ID.eq(row))
                .returning().fetchOptional().map(JooqMappingRepository::toRule));
    }

    @Override
    public boolean delete(long id) {
        return rowId(id).map(row -> dsl.deleteFrom(QBWC_ACCOUNT_MAPPINGS).where(QBWC_ACCOUNT_MAPPINGS.ID.eq(row))
                .execute() > 0).orElse(false);
    }

    /** The table's ids are integers: a larger id names no rule. */
    private static Optional<Integer> rowId(long id) {
        return id > 0 && id <= Integer.MAX_VALUE ? Optional.of((int) id) : Optional.empty();
    }

    private QbwcAccountMappingsRecord toRecord(MappingRule rule) {
        QbwcAccountMappingsRecord record = dsl.newRecord(QBWC_ACCOUNT_MAPPINGS);
        record.setOrganizationId(rule.isShared() ? null : CompanyKeys.organizationId(rule.company()));
        record.setQbAccountPattern(rule.pattern());
        record.setMatchType(rule.matchType().name().toLowerCase(Locale.ROOT));
        record.setQbrMetricKey(rule.metric().code());
        record.setSection(rule.section() == null ? null : rule.section().name());
        record.setPriority(rule.priority());
        record.setIsActive(rule.active());
        record.setNotes(rule.note());
        record.setUpdatedAt(clock.instant());
        return record;
    }

    private static MappingRule toRule(QbwcAccountMappingsRecord record) {
        MetricKey metric = MetricKey.fromCode(record.getQbrMetricKey()).orElseThrow(() ->
                new IllegalStateException("Unknown metric key in rule " + record.getId() + ": "
                        + record.getQbrMetricKey()));
        return new MappingRule(record.getId().longValue(), record.getQbAccountPattern(),
                MatchType.valueOf(record.getMatchType().toUpperCase(Locale.ROOT)), metric,
                record.getSection() == null ? null : ReportSection.valueOf(record.getSection()), record.getPriority(),
                record.getIsActive(), record.getNotes(),
                record.getOrganizationId() == null ? null : CompanyKeys.companyId(record.getOrganizationId()));
    }
}
