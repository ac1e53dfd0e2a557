package dev.qbrsync.persistence;

import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.mapping.MappingRule;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 3 seeds the core's default rules and is recorded exactly as the SQL file it replaced was: type, script and
 * checksum (1744119848 is what Flyway's own checksum calculator gives for that file as shipped), so every database
 * made before validates, and migrating again runs nothing.
 */
class DefaultRulesMigrationTest {

    @Test
    void isRecordedAsTheShippedSqlFileWasAndValidatesOnTheNextStart() {
        try (Database database = EmbeddedPostgresDatabases.freshDatabase()) {
            var recorded = database.autonomousDsl().fetchSingle("select type, script, checksum, description from "
                    + "flyway_schema_history where version = '3'");

            assertThat(recorded.get("type", String.class)).isEqualTo("SQL");
            assertThat(recorded.get("script", String.class)).isEqualTo("V3__default_mapping_rules.sql");
            assertThat(recorded.get("checksum", Integer.class)).isEqualTo(1_744_119_848);
            assertThat(recorded.get("description", String.class)).isEqualTo("default mapping rules");
            assertThat(Database.migrate(database.dataSource())).as("validated, nothing to run").isZero();
        }
    }

    /**
     * Databases seeded before hold exactly the rules first shipped. Changing the defaults takes a new migration that
     * brings those databases along (and that a fresh database, seeded with the new list, runs harmlessly); then the new
     * list is pinned here.
     */
    @Test
    void theDefaultsAreStillTheRulesFirstShipped() throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (MappingRule rule : DefaultRules.all()) {
            digest.update((rule + "\n").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(DefaultRules.all().size() + " " + HexFormat.of().formatHex(digest.digest()))
                .isEqualTo("88 cd701fb70ec0242c4ff5a42ac1b0a50ceb45e18d08e94e8a63ce8da8ca8b7968");
    }
}
