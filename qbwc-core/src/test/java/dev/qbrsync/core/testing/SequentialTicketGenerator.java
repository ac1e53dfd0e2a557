package dev.qbrsync.core.testing;

import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.session.TicketGenerator;

import java.util.concurrent.atomic.AtomicInteger;

/** Predictable tickets for tests: ticket-0001, ticket-0002, … */
public final class SequentialTicketGenerator implements TicketGenerator {
    private final AtomicInteger counter = new AtomicInteger();

    @Override
    public Ticket next() {
        return new Ticket(String.format("ticket-%04d", counter.incrementAndGet()));
    }
}
