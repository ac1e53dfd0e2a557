package dev.qbrsync.http;

import dev.qbrsync.codec.soap.Wsdl;
import dev.qbrsync.http.api.ApiAudit;
import dev.qbrsync.http.api.ApiRoutes;
import dev.qbrsync.http.api.CompanyRoutes;
import dev.qbrsync.http.api.JsonBodies;
import dev.qbrsync.http.api.MappingRoutes;
import dev.qbrsync.http.api.OverviewRoutes;
import dev.qbrsync.http.api.ReviewRoutes;
import dev.qbrsync.http.api.RoleCheck;
import dev.qbrsync.http.api.RulePreviewRoutes;
import dev.qbrsync.http.api.TokenAuth;
import dev.qbrsync.http.api.TokenRoutes;
import dev.qbrsync.http.oidc.OidcRoutes;
import dev.qbrsync.http.oidc.OidcSignIn;
import dev.qbrsync.http.soap.SoapEndpoint;
import dev.qbrsync.http.soap.SoapRoutes;
import dev.qbrsync.http.web.BrowserAuth;
import dev.qbrsync.http.web.BrowserSessionRoutes;
import dev.qbrsync.http.web.PageRoutes;
import dev.qbrsync.http.web.SessionCookie;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds the HTTP server, unstarted, from its route groups: the SOAP endpoint and WSDL the Web Connector uses, the
 * token-protected REST API, the finance page (which calls the same API with a session cookie instead of a token), the
 * health checks and the Prometheus endpoint. Routes only translate between HTTP and the use cases.
 */
public final class HttpServer {
    public static final String SOAP_PATH = SoapRoutes.PATH;
    public static final String API_PREFIX = ApiRoutes.PREFIX;
    public static final String SIGN_IN_PATH = PageRoutes.SIGN_IN_PATH;
    public static final String SESSION_PATH = PageRoutes.SESSION_PATH;
    public static final String METRICS_PATH = MetricsRoute.PATH;
    /** How long a call to the sign-in provider (discovery, keys, code exchange) may take. */
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(10);

    private HttpServer() {
    }

    public static Javalin create(HttpServices services, HttpSettings settings) {
        SoapEndpoint soap = new SoapEndpoint(services.webConnector(), services.monitoring());
        JsonBodies bodies = new JsonBodies(settings.maxBodyBytes());
        ApiAudit audit = new ApiAudit(services.apiAccess());
        BrowserAuth browserAuth = new BrowserAuth(services.browserAccess());
        List<Consumer<JavalinConfig>> routeGroups = List.of(
                config -> ServerOptions.applyTo(config, settings),
                config -> config.routes.beforeMatched(new RoleCheck()),
                soapRoutes(soap, settings)::addTo,
                pageRoutes(services, settings, bodies, browserAuth, audit)::addTo,
                config -> OidcRoutes.addTo(config, oidcRoutes(services, settings)),
                config -> apiRoutes(services, bodies, browserAuth, audit).addTo(config, settings.corsOrigins().isEmpty()),
                new HealthRoutes(services.readiness())::addTo,
                new MetricsRoute(services.monitoring())::addTo,
                new ErrorResponses(soap)::addTo);
        return Javalin.create(config -> routeGroups.forEach(group -> group.accept(config)));
    }

    private static SoapRoutes soapRoutes(SoapEndpoint soap, HttpSettings settings) {
        String wsdl = new Wsdl(settings.soapEndpointUrl()).render();
        List<Cidr> sources = settings.webConnectorSources();
        return new SoapRoutes(soap, wsdl, ip -> sources.isEmpty() || Cidr.anyContains(sources, ip),
                settings.maxBodyBytes());
    }

    private static PageRoutes pageRoutes(HttpServices services, HttpSettings settings, JsonBodies bodies,
                                         BrowserAuth browserAuth, ApiAudit audit) {
        BrowserSessionRoutes sessions = new BrowserSessionRoutes(services.browserAccess(),
                services.firstAdminSetup(), new SessionCookie(settings.reachedOverHttps()), bodies, services.overview()::defaultCompany);
        return new PageRoutes(sessions, browserAuth, audit);
    }

    /** Sign-in through the organisation's identity provider, when one is configured. */
    private static Optional<OidcRoutes> oidcRoutes(HttpServices services, HttpSettings settings) {
        return settings.signInProvider().map(provider -> new OidcRoutes(new OidcSignIn(provider, PROVIDER_TIMEOUT),
                provider.whomToAsk(), services.browserAccess(),
                new SessionCookie(settings.reachedOverHttps()), settings.reachedOverHttps()));
    }

    private static ApiRoutes apiRoutes(HttpServices services, JsonBodies bodies, BrowserAuth browserAuth,
                                       ApiAudit audit) {
        TokenAuth tokenAuth = new TokenAuth(services.apiAccess());
        // A call with an Authorization header is judged by its token alone, whatever cookie it carries.
        Handler authentication = ctx -> (BrowserAuth.isBrowserCall(ctx) ? browserAuth : tokenAuth).handle(ctx);
        OverviewRoutes overview = new OverviewRoutes(services.overview(), services.accountsReview(), bodies,
                services.monitoring());
        return new ApiRoutes(overview, new ReviewRoutes(overview, services.overview()),
                new MappingRoutes(services.mappings(), services.overview(), bodies),
                new RulePreviewRoutes(services.ruleChangePreview(), services.overview(), bodies),
                new CompanyRoutes(services.companies(), bodies, services.qwcFiles()),
                new TokenRoutes(services.apiAccess(), services.companies(), bodies), authentication, audit);
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
}
