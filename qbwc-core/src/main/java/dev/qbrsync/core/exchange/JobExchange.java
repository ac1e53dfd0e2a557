package dev.qbrsync.core.exchange;

import dev.qbrsync.core.exchange.internal.JobRoundTrips;

/**
 * The registered jobs' side of the round trips: their queries, checked by the codec before they are sent, and their
 * answers, followed page by page through QuickBooks' iterator and stored whole. The round trips themselves run inside
 * the Web Connector's calls; this shows what they hold.
 */
public final class JobExchange {
    private final JobRoundTrips roundTrips;

    public JobExchange(JobRoundTrips roundTrips) {
        this.roundTrips = roundTrips;
    }

    /** How many iterations this instance holds pages of, for tests and monitoring. */
    public int heldIterations() {
        return roundTrips.heldIterations();
    }
}
