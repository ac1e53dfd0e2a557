package dev.qbrsync.http;

import java.util.Map;
import java.util.Objects;

/** Whether this instance can serve, as {@code /health/ready} reports it; the application decides what it checks. */
@FunctionalInterface
public interface ReadinessCheck {

    Readiness check();

    /**
     * @param checks what each check found, for people ({@code "database": "reachable"}); never an error's text, since
     *               anyone may ask
     */
    record Readiness(boolean ready, Map<String, String> checks) {
        public Readiness {
            checks = Map.copyOf(Objects.requireNonNull(checks, "checks"));
        }
    }
}
