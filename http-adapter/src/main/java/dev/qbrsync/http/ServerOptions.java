package dev.qbrsync.http;

import dev.qbrsync.http.api.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * How the server listens (host, port, HTTPS only when a keystore is set), stops (gracefully), whom it believes about
 * the client's address, which origins may call it, and the headers every response carries.
 */
final class ServerOptions {
    private ServerOptions() {
    }

    static void applyTo(JavalinConfig config, HttpSettings settings) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        // Bodies are read through LimitedBody, which answers 413 in the API's or SOAP's own format; Javalin's own
        // limit (plain text) only backs it up.
        config.http.maxRequestSize = settings.maxBodyBytes() * 2;
        config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        config.contextResolver.ip = new ClientAddress(settings.trustedProxies())::of;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.jetty.modifyServer(server -> stopGracefully(server, settings));
        settings.tls().ifPresent(tls -> config.jetty.addConnector((server, http) -> https(server, http, settings)));
        if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> settings.corsOrigins()
                    .forEach(rule::allowHost)));
        }
        config.routes.before(new SecurityHeaders(settings.tls().isPresent()));
    }

    /**
     * On stop, Jetty first closes its listening sockets, then waits up to the stop timeout for the requests in flight
     * (counted by the GracefulHandler), and only then stops; without both it would cut every request at once.
     */
    private static void stopGracefully(Server server, HttpSettings settings) {
        server.insertHandler(new GracefulHandler());
        server.setStopTimeout(settings.stopTimeout().toMillis());
    }

    private static ServerConnector https(Server server, HttpConfiguration http, HttpSettings settings) {
        HttpSettings.Tls tls = settings.tls().orElseThrow();
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(new String(tls.password()));
        ssl.setKeyStoreType("PKCS12");
        HttpConfiguration secure = new HttpConfiguration(http);
        secure.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(secure));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }
}
