package dev.qbrsync.http;

import io.javalin.config.JavalinConfig;

/** Prometheus' scrape endpoint; anonymous, so its series name companies by id only (see README). */
final class MetricsRoute {
    static final String PATH = "/metrics";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Monitoring monitoring;

    MetricsRoute(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    void addTo(JavalinConfig config) {
        config.routes.get(PATH, ctx -> ctx.contentType(PROMETHEUS_TEXT).header("Cache-Control", "no-store")
                .result(monitoring.prometheusText()));
    }
}
