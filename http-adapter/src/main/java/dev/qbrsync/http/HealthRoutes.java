package dev.qbrsync.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /health/live}: the process answers. {@code /health/ready}: it can serve, 200, or 503 naming the check that
 * failed, so a load balancer sends it no calls until it can. {@code /health} stays as it was, the liveness answer.
 */
final class HealthRoutes {
    private final ReadinessCheck readiness;

    HealthRoutes(ReadinessCheck readiness) {
        this.readiness = readiness;
    }

    void addTo(JavalinConfig config) {
        config.routes.get("/health", this::live);
        config.routes.get("/health/live", this::live);
        config.routes.get("/health/ready", this::ready);
    }

    private void live(Context ctx) {
        ctx.json(Map.of("status", "up"));
    }

    private void ready(Context ctx) {
        ReadinessCheck.Readiness state = readiness.check();
        Map<String, String> body = new TreeMap<>(state.checks());
        body.put("status", state.ready() ? "ready" : "not ready");
        ctx.header("Cache-Control", "no-store").status(state.ready() ? 200 : 503).json(body);
    }
}
