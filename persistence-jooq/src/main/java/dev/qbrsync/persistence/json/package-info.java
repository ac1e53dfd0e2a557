/**
 * The jsonb columns of sync history as the core's values: jOOQ converters, named in the code generator's forced types
 * (persistence-jooq/pom.xml), so the generated tables read and write {@link dev.qbrsync.persistence.json.ParsedData},
 * reconciliations and kept values, and no repository maps JSON by hand. Public only because the generated code in
 * another package names them.
 */
package dev.qbrsync.persistence.json;
