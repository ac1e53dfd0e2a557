package dev.qbrsync.persistence;

import dev.qbrsync.core.access.AccessKey;
import dev.qbrsync.core.access.Role;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens made before roles existed could change everything: after the migration each is an admin. */
class TokenRolesMigrationTest {

    @Test
    void tokensMadeBeforeRolesBecomeAdminsAndNewOnesKeepTheirRole() throws Exception {
        String name = "qbr_roles_" + System.nanoTime();
        try (Connection connection = EmbeddedPostgresDatabases.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource before = new PGSimpleDataSource();
        before.setURL(EmbeddedPostgresDatabases.jdbcUrl(name));
        before.setUser("postgres");
        before.setPassword("postgres");
        Flyway.configure().dataSource(before).locations("classpath:db/migration").target("6").load().migrate();
        try (Connection connection = before.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO qbr_api_tokens (name, secret_hash, created_at) "
                    + "VALUES ('made before roles', 'hash-old', now())");
        }

        try (Database database = Database.open(EmbeddedPostgresDatabases.jdbcUrl(name), "postgres", "postgres", 2)) {
            JooqApiTokenRepository tokens = new JooqApiTokenRepository(database);
            assertThat(tokens.findBySecretHash("hash-old").orElseThrow().role()).isEqualTo(Role.ADMIN);

            AccessKey viewer = tokens.create(new AccessKey(null, "new", "hash-new", Instant.now(), null,
                    Set.of(), Role.VIEWER));
            assertThat(tokens.findBySecretHash(viewer.secretHash()).orElseThrow().role()).isEqualTo(Role.VIEWER);
        }
    }
}
