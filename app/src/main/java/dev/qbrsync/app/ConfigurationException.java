package dev.qbrsync.app;

/** A setting that is missing or invalid; the message names the environment variable to fix. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
