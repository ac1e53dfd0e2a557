package dev.qbrsync.core.audit;

import dev.qbrsync.core.qbr.CompanyId;

import java.util.Optional;

/**
 * Who is calling, as far as the transport knows: the source address, used for auditing and throttling. Once the core
 * knows which company a call is for (from its ticket), it notes it here, and how the call went once it is audited, so
 * the transport's log line and metrics can name both without asking again.
 */
public final class Caller {
    private final String sourceAddress;
    private volatile CompanyId company;
    private volatile AuditOutcome outcome;

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
    public Optional<CompanyId> company() {
        return Optional.ofNullable(company);
    }

    public void attributeTo(CompanyId companyId) {
        this.company = companyId;
    }

    /** How the call went, as last audited; empty when nothing was audited. */
    public Optional<AuditOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public void noteOutcome(AuditOutcome audited) {
        this.outcome = audited;
    }

    @Override
    public String toString() {
        return "Caller[" + sourceAddress + "]";
    }
}
