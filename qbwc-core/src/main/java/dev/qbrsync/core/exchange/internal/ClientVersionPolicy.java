package dev.qbrsync.core.exchange.internal;

import java.util.Arrays;

/** Answers clientVersion: {@code ""} to go on, {@code E:…} when the Web Connector is older than the minimum. */
public final class ClientVersionPolicy {
    private final String minimum;

    public ClientVersionPolicy(String minimum) {
        this.minimum = minimum;
    }

    public String verdict(String clientVersion) {
        if (minimum.isEmpty()) {
            return "";
        }
        if (clientVersion == null || clientVersion.isBlank()) {
            return "W:The Web Connector did not report its version; QBR Sync needs " + minimum + " or later.";
        }
        if (compare(clientVersion.trim(), minimum) < 0) {
            return "E:QBR Sync needs QuickBooks Web Connector " + minimum + " or later; this is " + clientVersion.trim()
                    + ". Please upgrade the Web Connector.";
        }
        return "";
    }

    /** Compares dotted versions numerically, part by part; a missing or non-numeric part counts as 0. */
    static int compare(String left, String right) {
        int[] a = parts(left);
        int[] b = parts(right);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int difference = Integer.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static int[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(ClientVersionPolicy::numberOrZero).toArray();
    }

    private static int numberOrZero(String part) {
        try {
            return Integer.parseInt(part.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
