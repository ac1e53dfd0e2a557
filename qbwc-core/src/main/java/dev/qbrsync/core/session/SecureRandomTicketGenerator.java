package dev.qbrsync.core.session;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Tickets of 128 random bits from SecureRandom, as 32 hex characters. */
public final class SecureRandomTicketGenerator implements TicketGenerator {
    private static final int BYTES = 16;
    private final SecureRandom random = new SecureRandom();

    @Override
    public Ticket next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new Ticket(HexFormat.of().formatHex(bytes));
    }
}
