package dev.qbrsync.core.port;

import dev.qbrsync.core.session.Ticket;

/** Makes session tickets: at least 128 random bits. */
@FunctionalInterface
public interface TicketGenerator {

    Ticket next();
}
