package dev.qbrsync.http;

import dev.qbrsync.codec.soap.Wsdl;
import dev.qbrsync.core.auth.Caller;
import dev.qbrsync.http.api.ApiError;
import dev.qbrsync.http.api.Json;
import dev.qbrsync.http.api.MappingRoutes;
import dev.qbrsync.http.api.OverviewRoutes;
import dev.qbrsync.http.api.TokenAuth;
import dev.qbrsync.http.soap.SoapEndpoint;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Builds the HTTP server, unstarted: the SOAP endpoint and WSDL the Web Connector uses, the token-protected REST API
 * and a health check. Routes only translate between HTTP and the use cases.
 */
public final class HttpServer {
    public static final String SOAP_PATH = "/api/qbwc";
    private static final String API = SOAP_PATH + "/";
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private HttpServer() {
    }

    public static Javalin create(HttpServices services, HttpSettings settings) {
        SoapEndpoint soap = new SoapEndpoint(services.webConnector());
        String wsdl = new Wsdl(settings.soapEndpointUrl()).render();
        MappingRoutes mappings = new MappingRoutes(services.mappings());
        OverviewRoutes overview = new OverviewRoutes(services.overview(), services.mappings());
        TokenAuth tokenAuth = new TokenAuth(services.apiAccess());

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            settings.tls().ifPresent(tls -> config.jetty.addConnector((server, http) -> https(server, http, settings)));

            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
            config.routes.get(SOAP_PATH, ctx -> ctx.contentType("text/xml; charset=utf-8").result(wsdl));
            config.routes.post(SOAP_PATH, ctx -> soap.handle(ctx, LimitedBody.of(ctx, settings.maxBodyBytes())));

            config.routes.before(API + "*", tokenAuth);
            config.routes.get(API + "status", overview::status);
            config.routes.get(API + "history", overview::history);
            config.routes.get(API + "metrics", overview::metrics);
            config.routes.get(API + "accounts", overview::accounts);
            config.routes.post(API + "resync", overview::resync);
            config.routes.get(API + "mappings", mappings::list);
            config.routes.post(API + "mappings", mappings::create);
            config.routes.put(API + "mappings/{id}", mappings::update);
            config.routes.delete(API + "mappings/{id}", mappings::delete);

            config.routes.exception(ApiError.class, (error, ctx) -> refuse(ctx, services, error));
            config.routes.exception(BodyTooLargeException.class, (error, ctx) ->
                    ctx.status(413).json(Map.of("error", error.getMessage())));
            config.routes.exception(Exception.class, (error, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), error);
                ctx.status(500).json(Map.of("error", "Internal error; it was logged on the server."));
            });
        });
    }

    /** The port the server listens on once started (the configured one, or the one chosen for port 0). */
    public static int boundPort(Javalin app) {
        for (var connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof NetworkConnector network && network.getLocalPort() > 0) {
                return network.getLocalPort();
            }
        }
        return app.port();
    }

    private static void refuse(Context ctx, HttpServices services, ApiError error) {
        if (error.status() != 401) {
            String actor = ctx.attribute(TokenAuth.ACTOR);
            services.apiAccess().recordOutcome(new Caller(ctx.ip()), actor, TokenAuth.action(ctx), false,
                    error.getMessage());
        }
        ctx.status(error.status()).json(error.field() == null
                ? Map.of("error", error.getMessage())
                : Map.of("error", error.getMessage(), "field", error.field()));
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
