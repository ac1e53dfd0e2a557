package dev.qbrsync.app;

/** The replaced service's database as its latest migration left it: two partial unique indexes on the metrics. */
class AdoptExistingDatabaseTest extends ReplacedDatabaseAdoption {

    @Override
    ReplacedServiceDatabase.Uniqueness uniqueness() {
        return ReplacedServiceDatabase.Uniqueness.PARTIAL_INDEXES;
    }
}
