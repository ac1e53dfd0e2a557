package dev.qbrsync.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How people tell this process from other instances in /status and the history: its host and process id. */
final class InstanceDescription {

    private InstanceDescription() {
    }

    static String ofThisProcess() {
        return host() + " pid " + ProcessHandle.current().pid();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "unknown host" : fromEnvironment;
        }
    }
}
