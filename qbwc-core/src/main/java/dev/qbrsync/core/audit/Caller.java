package dev.qbrsync.core.audit;

import java.util.Optional;

/**
 * Who is calling, as far as the transport knows: the source address, used for auditing and throttling. Once the core
 * knows which company a call is for (from its ticket), it notes it here, so the transport's log line can name the
 * company without looking the ticket up again.
 */
public final class Caller {
    private final String sourceAddress;
    private volatile String company;

    public Caller(String sourceAddress) {
        this.sourceAddress = sourceAddress == null ? "" : sourceAddress;
    }

    public static Caller unknown() {
        return new Caller("");
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    /** The company the call turned out to be for, once the core knows it. */
    public Optional<String> company() {
        return Optional.ofNullable(company);
    }

    public void attributeTo(String companyId) {
        this.company = companyId;
    }

    @Override
    public String toString() {
        return "Caller[" + sourceAddress + "]";
    }
}
