package db.migration;

import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.mapping.MappingRule;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.Types;

/** Seeds the mapping table with the core's default rules, so the rules exist in one place only. */
public class V2__Seed_default_mapping_rules extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String insert = "INSERT INTO qbwc_account_mappings (pattern, match_type, metric_key, section, priority, active, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = context.getConnection().prepareStatement(insert)) {
            for (MappingRule rule : DefaultRules.all()) {
                statement.setString(1, rule.pattern());
                statement.setString(2, rule.matchType().name());
                statement.setString(3, rule.metric().code());
                if (rule.section() == null) {
                    statement.setNull(4, Types.VARCHAR);
                } else {
                    statement.setString(4, rule.section().name());
                }
                statement.setInt(5, rule.priority());
                statement.setBoolean(6, rule.active());
                statement.setString(7, rule.note());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
