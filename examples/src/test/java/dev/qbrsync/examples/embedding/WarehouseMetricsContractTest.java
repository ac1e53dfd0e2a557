package dev.qbrsync.examples.embedding;

import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.port.contract.MetricsRepositoryContract;

import java.time.Clock;

/** The core's contract for metrics stores, run against the example's own: what an embedder does for each adapter. */
class WarehouseMetricsContractTest extends MetricsRepositoryContract {
    private final WarehouseMetrics warehouse = new WarehouseMetrics(Clock.systemUTC());

    @Override
    protected MetricsRepository repository() {
        return warehouse;
    }

    @Override
    protected void enterByHand(StoredMetric metric) {
        warehouse.enterByHand(metric);
    }
}
