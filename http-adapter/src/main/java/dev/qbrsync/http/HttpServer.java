package dev.qbrsync.http;

import dev.qbrsync.codec.soap.SoapVersion;
import dev.qbrsync.codec.soap.Wsdl;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.NotPermittedException;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.http.api.ApiAudit;
import dev.qbrsync.http.api.ApiError;
import dev.qbrsync.http.api.CompanyRoutes;
import dev.qbrsync.http.api.Json;
import dev.qbrsync.http.api.JsonBodies;
import dev.qbrsync.http.api.MappingRoutes;
import dev.qbrsync.http.api.OverviewRoutes;
import dev.qbrsync.http.api.RulePreviewRoutes;
import dev.qbrsync.http.api.TokenAuth;
import dev.qbrsync.http.oidc.OidcRoutes;
import dev.qbrsync.http.oidc.OidcSignIn;
import dev.qbrsync.http.soap.SoapEndpoint;
import dev.qbrsync.http.web.BrowserAuth;
import dev.qbrsync.http.web.BrowserSessionRoutes;
import dev.qbrsync.http.web.PageFiles;
import dev.qbrsync.http.web.SessionCookie;
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
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the HTTP server, unstarted: the SOAP endpoint and WSDL the Web Connector uses, the token-protected REST API,
 * the finance page (which calls the same API with a session cookie instead of a token), the health checks and the
 * Prometheus endpoint. Routes only translate between HTTP and the use cases.
 */
public final class HttpServer {
    public static final String SOAP_PATH = "/api/qbwc";
    public static final String API_PREFIX = SOAP_PATH + "/";
    public static final String SIGN_IN_PATH = "/ui/sign-in";
    public static final String SESSION_PATH = "/ui/session";
    /** Prometheus' scrape endpoint; anonymous, so its series name companies by id only (see README). */
    public static final String METRICS_PATH = "/metrics";
    /** How long a call to the sign-in provider (discovery, keys, code exchange) may take. */
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(10);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private HttpServer() {
    }

    public static Javalin create(HttpServices services, HttpSettings settings) {
        SoapEndpoint soap = new SoapEndpoint(services.webConnector(), services.monitoring());
        String wsdl = new Wsdl(settings.soapEndpointUrl()).render();
        JsonBodies bodies = new JsonBodies(settings.maxBodyBytes());
        MappingRoutes mappings = new MappingRoutes(services.mappings(), services.overview(), bodies);
        CompanyRoutes companies = new CompanyRoutes(services.companies(), bodies);
        OverviewRoutes overview = new OverviewRoutes(services.overview(), services.accountsReview(), bodies);
        RulePreviewRoutes previews = new RulePreviewRoutes(services.ruleChangePreview(), services.overview(), bodies);
        TokenAuth tokenAuth = new TokenAuth(services.apiAccess());
        BrowserAuth browserAuth = new BrowserAuth(services.browserAccess());
        ApiAudit audit = new ApiAudit(services.apiAccess());
        SessionCookie sessionCookie = new SessionCookie(settings.reachedOverHttps());
        BrowserSessionRoutes browserSessions = new BrowserSessionRoutes(services.browserAccess(), sessionCookie,
                bodies, services.overview()::defaultCompany);
        Optional<OidcRoutes> oidc = settings.signInProvider().map(provider -> new OidcRoutes(
                new OidcSignIn(provider, PROVIDER_TIMEOUT), provider.whomToAsk(), services.browserAccess(),
                services.apiAccess(), sessionCookie, settings.reachedOverHttps()));
        ClientAddress clientAddress = new ClientAddress(settings.trustedProxies());
        HealthRoutes health = new HealthRoutes(services.readiness());

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Bodies are read through LimitedBody, which answers 413 in the API's or SOAP's own format; Javalin's
            // own limit (plain text) only backs it up.
            config.http.maxRequestSize = settings.maxBodyBytes() * 2;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.contextResolver.ip = clientAddress::of;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.modifyServer(server -> stopGracefully(server, settings));
            settings.tls().ifPresent(tls -> config.jetty.addConnector((server, http) -> https(server, http, settings)));
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> settings.corsOrigins()
                        .forEach(rule::allowHost)));
            }

            config.routes.before(new SecurityHeaders(settings.tls().isPresent()));
            config.routes.get("/health", health::live);
            config.routes.get("/health/live", health::live);
            config.routes.get("/health/ready", health::ready);
            config.routes.get(METRICS_PATH, ctx -> ctx.contentType(PROMETHEUS_TEXT)
                    .header("Cache-Control", "no-store").result(services.monitoring().prometheusText()));
            config.routes.get(SOAP_PATH, ctx -> ctx.contentType("text/xml; charset=utf-8").result(wsdl));
            config.routes.post(SOAP_PATH, ctx -> {
                if (!settings.webConnectorSources().isEmpty()
                        && !Cidr.anyContains(settings.webConnectorSources(), ctx.ip())) {
                    soap.refuse(ctx, new Caller(ctx.ip()), 403, SoapVersion.SOAP_11, "The Web Connector endpoint does "
                            + "not accept calls from " + ctx.ip() + " (QBWC_ALLOWED_SOURCES).");
                    return;
                }
                soap.handle(ctx, LimitedBody.of(ctx, settings.maxBodyBytes()));
            });

            PageFiles.addTo(config);
            config.routes.post(SIGN_IN_PATH, browserSessions::signIn);
            OidcRoutes.addTo(config, oidc);
            config.routes.before(SESSION_PATH, browserAuth);
            config.routes.get(SESSION_PATH, browserSessions::session);
            config.routes.delete(SESSION_PATH, browserSessions::signOut);
            config.routes.after(SESSION_PATH, audit);

            // A call with an Authorization header is judged by its token alone, whatever cookie it carries.
            config.routes.before(API_PREFIX + "*", ctx ->
                    (BrowserAuth.isBrowserCall(ctx) ? browserAuth : tokenAuth).handle(ctx));
            config.routes.get(API_PREFIX + "status", overview::status);
            config.routes.get(API_PREFIX + "history", overview::history);
            config.routes.get(API_PREFIX + "history/{id}", overview::historyEntry);
            config.routes.get(API_PREFIX + "metrics", overview::metrics);
            config.routes.get(API_PREFIX + "metrics.csv", overview::metricsCsv);
            config.routes.get(API_PREFIX + "accounts", overview::accounts);
            config.routes.post(API_PREFIX + "resync", overview::resync);
            config.routes.get(API_PREFIX + "mappings", mappings::list);
            config.routes.post(API_PREFIX + "mappings", mappings::create);
            config.routes.post(API_PREFIX + "mappings/preview", previews::preview);
            config.routes.put(API_PREFIX + "mappings/{id}", mappings::update);
            config.routes.delete(API_PREFIX + "mappings/{id}", mappings::delete);
            config.routes.get(API_PREFIX + "companies", companies::list);
            config.routes.post(API_PREFIX + "companies", companies::create);
            config.routes.get(API_PREFIX + "companies/{id}", companies::get);
            config.routes.patch(API_PREFIX + "companies/{id}", companies::update);
            config.routes.post(API_PREFIX + "companies/{id}/rebind", companies::rebind);
            if (settings.corsOrigins().isEmpty()) {
                config.routes.options(API_PREFIX + "*", ctx -> ctx.status(204));
            }
            config.routes.after(API_PREFIX + "*", audit);

            config.routes.exception(ApiError.class, (error, ctx) ->
                    respond(ctx, error.status(), error.field(), error.getMessage()));
            config.routes.exception(InvalidInputException.class, (error, ctx) ->
                    respond(ctx, 400, error.field(), error.getMessage()));
            config.routes.exception(NotPermittedException.class, (error, ctx) ->
                    respond(ctx, 403, null, error.getMessage()));
            config.routes.exception(UnknownCompanyException.class, (error, ctx) ->
                    respond(ctx, 404, null, error.getMessage()));
            config.routes.exception(BodyTooLargeException.class, (error, ctx) ->
                    soap.refuse(ctx, new Caller(ctx.ip()), 413, SoapVersion.SOAP_11, error.getMessage()));
            config.routes.exception(Exception.class, (error, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), error);
                respond(ctx, 500, null, "Internal error; it was logged on the server.");
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

    /** How many requests the server is answering right now. */
    public static long callsInFlight(Javalin app) {
        GracefulHandler graceful = app.jettyServer().server().getDescendant(GracefulHandler.class);
        return graceful == null ? 0 : graceful.getCurrentRequestCount();
    }

    /**
     * On stop, Jetty first closes its listening sockets, then waits up to the stop timeout for the requests in flight
     * (counted by the GracefulHandler), and only then stops; without both it would cut every request at once.
     */
    private static void stopGracefully(Server server, HttpSettings settings) {
        server.insertHandler(new GracefulHandler());
        server.setStopTimeout(settings.stopTimeout().toMillis());
    }

    /** A JSON error: {"error": ..., "field": ...}, noted for the call's audit entry. */
    private static void respond(Context ctx, int status, String field, String message) {
        ApiAudit.noteError(ctx, message);
        ctx.status(status).json(field == null ? Map.of("error", message) : Map.of("error", message, "field", field));
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
