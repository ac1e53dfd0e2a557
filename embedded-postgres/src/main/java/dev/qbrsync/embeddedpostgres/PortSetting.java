package dev.qbrsync.embeddedpostgres;

/**
 * The port the embedded PostgreSQL listens on (127.0.0.1 only) and the name of the setting that chose it, so a refusal
 * can tell the operator which setting to change.
 */
public record PortSetting(int number, String name) {
    public PortSetting {
        if (number < 1 || number > 65_535) {
            throw new IllegalArgumentException(name + " must be a port from 1 to 65535, not " + number);
        }
    }
}
