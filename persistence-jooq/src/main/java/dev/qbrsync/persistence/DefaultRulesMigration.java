package dev.qbrsync.persistence;

import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.mapping.MappingRule;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.executor.MigrationExecutor;
import org.flywaydb.core.api.resolver.MigrationResolver;
import org.flywaydb.core.api.resolver.ResolvedMigration;
import org.flywaydb.core.internal.jdbc.Results;
import org.flywaydb.core.internal.resolver.ResolvedMigrationImpl;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Migration 3, the default mapping rules, seeded from the core's {@link DefaultRules}: the one list of them, which the
 * core's in-memory ports read too. It was first shipped as {@value #SCRIPT}, an SQL copy of that list; databases record
 * it as an SQL migration with that file's checksum, so it is resolved under the same type and checksum and Flyway's
 * validation of those databases still holds. Like the file, it adds no shared rule a database already has (the
 * replaced service's own), matched by pattern and metric.
 */
final class DefaultRulesMigration implements MigrationResolver {
    static final String VERSION = "3";
    static final String SCRIPT = "V3__default_mapping_rules.sql";
    /** The checksum Flyway recorded for {@value #SCRIPT}: the rules as first shipped. */
    static final int SHIPPED_CHECKSUM = 1_744_119_848;
    private static final String INSERT = """
            INSERT INTO qbwc_account_mappings (organization_id, qb_account_pattern, match_type, qbr_metric_key, section,
                                               priority, notes, is_active)
            SELECT NULL, ?, ?, ?, ?, ?, ?, true
            WHERE NOT EXISTS (SELECT 1 FROM qbwc_account_mappings existing WHERE existing.organization_id IS NULL
                              AND existing.qb_account_pattern = ? AND existing.qbr_metric_key = ?)""";

    @Override
    public Collection<ResolvedMigration> resolveMigrations(Context context) {
        return List.of(new ResolvedMigrationImpl(MigrationVersion.fromVersion(VERSION), "default mapping rules", SCRIPT,
                SHIPPED_CHECKSUM, null, CoreMigrationType.SQL, DefaultRules.class.getName(), new Seeding()));
    }

    /** Inserts the default rules in their order, so their ids follow it. */
    private static final class Seeding implements MigrationExecutor {
        // The executor's context: the resolver's own, of the same simple name, is the one this class sees as Context.
        @Override
        public List<Results> execute(org.flywaydb.core.api.executor.Context context) throws SQLException {
            try (PreparedStatement insert = context.getConnection().prepareStatement(INSERT)) {
                for (MappingRule rule : DefaultRules.all()) {
                    insert.setString(1, rule.pattern());
                    insert.setString(2, rule.matchType().name().toLowerCase(Locale.ROOT));
                    insert.setString(3, rule.metric().code());
                    insert.setObject(4, rule.section() == null ? null : rule.section().name(), Types.VARCHAR);
                    insert.setInt(5, rule.priority());
                    insert.setString(6, rule.note());
                    insert.setString(7, rule.pattern());
                    insert.setString(8, rule.metric().code());
                    insert.executeUpdate();
                }
            }
            return List.of();
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public boolean shouldExecute() {
            return true;
        }
    }
}
