package dev.qbrsync.http;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the server listens.
 *
 * @param publicUrl     the base URL the Web Connector reaches us at, used in the WSDL (e.g. https://qbr.example.com)
 * @param maxBodyBytes  larger request bodies are refused with 413 before they are read
 * @param tls           when present, the server speaks HTTPS only, with this PKCS12 keystore
 */
public record HttpSettings(String host, int port, String publicUrl, long maxBodyBytes, Optional<Tls> tls) {
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(tls, "tls");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }

    /** The SOAP endpoint's public address. */
    public String soapEndpointUrl() {
        return publicUrl.replaceAll("/+$", "") + HttpServer.SOAP_PATH;
    }

    public record Tls(Path keystore, char[] password) {
    }
}
