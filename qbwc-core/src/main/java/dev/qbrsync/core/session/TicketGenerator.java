package dev.qbrsync.core.session;

/** Makes session tickets: at least 128 random bits. */
@FunctionalInterface
public interface TicketGenerator {

    Ticket next();
}
