package dev.qbrsync.http;

import io.javalin.http.Context;

import java.util.List;

/**
 * The address a request really came from. Behind a reverse proxy every request arrives from the proxy, which names
 * the client in X-Forwarded-For; that header is believed only when the connection comes from a trusted proxy, and
 * then read from the right, skipping the trusted proxies, so a client cannot choose its own address by sending the
 * header itself. A hop that is not an IP address (junk a client slipped past the proxy) ends the search: the
 * request counts as the proxy's own rather than as coming from whatever text was sent.
 */
final class ClientAddress {
    private final List<Cidr> trustedProxies;

    ClientAddress(List<Cidr> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!Cidr.anyContains(trustedProxies, peer)) {
            return peer;
        }
        String forwarded = String.join(",", ctx.req().getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty()) {
                continue;
            }
            if (!Cidr.isAddress(hop)) {
                return peer;
            }
            if (!Cidr.anyContains(trustedProxies, hop)) {
                return hop;
            }
        }
        return peer;
    }
}
