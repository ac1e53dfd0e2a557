package dev.qbrsync.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 network such as {@code 10.0.0.0/8} or {@code ::1/128}; a bare address is a network of one. */
public final class Cidr {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private Cidr(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /** @throws IllegalArgumentException when the text is not an address or network in CIDR notation */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        byte[] address = literalAddress(slash < 0 ? trimmed : trimmed.substring(0, slash), text);
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' has no valid prefix length");
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("'" + text + "' has a prefix length outside 0.." + bits);
            }
        }
        return new Cidr(address, prefix, trimmed);
    }

    /** A comma-separated list; blank gives none. */
    public static List<Cidr> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).filter(part -> !part.isBlank()).map(Cidr::parse).toList();
    }

    public static boolean anyContains(List<Cidr> networks, String address) {
        return networks.stream().anyMatch(network -> network.contains(address));
    }

    /** Whether the text is an IPv4 or IPv6 literal (never looked up as a host name). */
    public static boolean isAddress(String text) {
        try {
            literalAddress(text == null ? "" : text.trim(), text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** False for anything that is not an IP literal of the same family. */
    public boolean contains(String address) {
        byte[] candidate;
        try {
            candidate = literalAddress(address == null ? "" : address.trim(), address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = 0xFF << (8 - remainingBits) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    /** Parses only IP literals: never a host name, so nothing here ever does a DNS lookup. */
    private static byte[] literalAddress(String address, String original) {
        String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        if (IPV4.matcher(bare).matches()) {
            byte[] octets = new byte[4];
            String[] parts = bare.split("\\.");
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    throw new IllegalArgumentException("'" + original + "' is not an IP address");
                }
                octets[i] = (byte) octet;
            }
            return octets;
        }
        if (bare.contains(":") && IPV6_CHARACTERS.matcher(bare).matches()) {
            try {
                return InetAddress.getByName(bare).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("'" + original + "' is not an IP address", e);
            }
        }
        throw new IllegalArgumentException("'" + original + "' is not an IP address");
    }

    @Override
    public String toString() {
        return text;
    }
}
