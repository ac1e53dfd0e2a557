package dev.qbrsync.http;

import dev.qbrsync.http.soap.SoapCallMonitor;

import java.time.Duration;

/** What the HTTP adapter reports for monitoring, and the metrics it serves; the application keeps the metrics. */
public interface Monitoring extends SoapCallMonitor {
    /** Counts nothing and serves no metric. */
    Monitoring NONE = new Monitoring() {
        @Override
        public void soapCallAnswered(String method, String outcome, Duration took) {
        }

        @Override
        public void soapRequestRefused() {
        }

        @Override
        public String prometheusText() {
            return "";
        }
    };

    /** Every metric in Prometheus' text exposition format (version 0.0.4), for {@code GET /metrics}. */
    String prometheusText();
}
