package dev.qbrsync.http;

import dev.qbrsync.http.oidc.OidcSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the server listens, and whom it listens to.
 *
 * @param publicUrl             the base URL the Web Connector reaches us at, used in the WSDL (e.g. https://qbr.example.com)
 * @param maxBodyBytes          larger request bodies are refused with 413 before they are read
 * @param tls                   when present, the server speaks HTTPS only, with this PKCS12 keystore
 * @param trustedProxies        connections from these networks may name the client in X-Forwarded-For
 * @param webConnectorSources   when not empty, only these networks may call the SOAP endpoint
 * @param corsOrigins           browser origins allowed to call the REST API from their pages; none by default
 * @param stopTimeout           how long a stop waits for calls in flight to finish before cutting them off
 * @param signInProvider        when present, people may sign in to the page through this OpenID Connect provider
 */
public record HttpSettings(String host, int port, String publicUrl, long maxBodyBytes, Optional<Tls> tls,
                           List<Cidr> trustedProxies, List<Cidr> webConnectorSources, List<String> corsOrigins,
                           Duration stopTimeout, Optional<OidcSettings> signInProvider) {
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(tls, "tls");
        trustedProxies = List.copyOf(trustedProxies);
        webConnectorSources = List.copyOf(webConnectorSources);
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(signInProvider, "signInProvider");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }

    /** Settings with no sign-in provider: people sign in to the page with API tokens only. */
    public HttpSettings(String host, int port, String publicUrl, long maxBodyBytes, Optional<Tls> tls,
                        List<Cidr> trustedProxies, List<Cidr> webConnectorSources, List<String> corsOrigins,
                        Duration stopTimeout) {
        this(host, port, publicUrl, maxBodyBytes, tls, trustedProxies, webConnectorSources, corsOrigins, stopTimeout,
                Optional.empty());
    }

    /** These settings, with people signing in to the page through {@code provider} too. */
    public HttpSettings withSignInProvider(OidcSettings provider) {
        return new HttpSettings(host, port, publicUrl, maxBodyBytes, tls, trustedProxies, webConnectorSources,
                corsOrigins, stopTimeout, Optional.of(provider));
    }

    /** Settings that give calls in flight {@link #DEFAULT_STOP_TIMEOUT} to finish when the server stops. */
    public HttpSettings(String host, int port, String publicUrl, long maxBodyBytes, Optional<Tls> tls,
                        List<Cidr> trustedProxies, List<Cidr> webConnectorSources, List<String> corsOrigins) {
        this(host, port, publicUrl, maxBodyBytes, tls, trustedProxies, webConnectorSources, corsOrigins,
                DEFAULT_STOP_TIMEOUT);
    }

    /** Settings that trust no proxy, accept the Web Connector from anywhere and allow no cross-origin page. */
    public HttpSettings(String host, int port, String publicUrl, long maxBodyBytes, Optional<Tls> tls) {
        this(host, port, publicUrl, maxBodyBytes, tls, List.of(), List.of(), List.of());
    }

    /** True when browsers reach the server over HTTPS: its own TLS, or a proxy's named by the public URL. */
    public boolean reachedOverHttps() {
        return tls.isPresent() || publicUrl.startsWith("https:");
    }

    /** The SOAP endpoint's public address. */
    public String soapEndpointUrl() {
        return publicUrl.replaceAll("/+$", "") + HttpServer.SOAP_PATH;
    }

    public record Tls(Path keystore, char[] password) {
    }
}
