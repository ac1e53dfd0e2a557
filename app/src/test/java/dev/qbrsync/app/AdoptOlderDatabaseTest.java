package dev.qbrsync.app;

/** The replaced service's database before its latest migration: a plain unique constraint on the metrics. */
class AdoptOlderDatabaseTest extends ReplacedDatabaseAdoption {

    @Override
    ReplacedServiceDatabase.Uniqueness uniqueness() {
        return ReplacedServiceDatabase.Uniqueness.PLAIN_CONSTRAINT;
    }
}
