package dev.qbrsync.core.auth;

/** Who is calling, as far as the transport knows: the source address, used for auditing and throttling. */
public record Caller(String sourceAddress) {

    public Caller {
        sourceAddress = sourceAddress == null ? "" : sourceAddress;
    }

    public static Caller unknown() {
        return new Caller("");
    }
}
