package dev.qbrsync.embeddedpostgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free loopback ports for the servers tests start, taken below the kernel's ephemeral range. A port the kernel hands
 * out for {@code new ServerSocket(0)} comes from the range it also gives every client connection, so a PostgreSQL
 * started a moment later on it, or started again on it after a stop, could find one of the suite's many connections
 * there. Below the range only another test's server can be; each JVM starts at a random place and counts up.
 */
public final class TestPorts {
    private static final int LOWEST = 10_000;
    private static final int DEFAULT_EPHEMERAL_START = 32_768;
    private static final int ABOVE_HIGHEST = ephemeralRangeStart();
    private static final AtomicInteger NEXT = new AtomicInteger(
            LOWEST + ThreadLocalRandom.current().nextInt(ABOVE_HIGHEST - LOWEST));

    private TestPorts() {
    }

    /** A port nothing listens on now, and which no client connection will take. */
    public static int free() {
        while (true) {
            int port = NEXT.getAndUpdate(next -> next + 1 < ABOVE_HIGHEST ? next + 1 : LOWEST);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // another program's; the next one
            }
        }
    }

    /** Linux's setting, read line by line: procfs reports no size, and reading it whole returns a first byte only. */
    private static int ephemeralRangeStart() {
        try (BufferedReader range = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            int start = Integer.parseInt(range.readLine().strip().split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException unknown) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
