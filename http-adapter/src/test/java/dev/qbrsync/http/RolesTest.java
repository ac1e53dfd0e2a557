package dev.qbrsync.http;

import dev.qbrsync.core.access.Role;
import dev.qbrsync.http.access.Access;
import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.testing.InMemoryCore;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles route by route over HTTP: a viewer reads everything and changes nothing, an editor also changes rules and asks
 * for resyncs, an admin does all; every refusal is a 403 naming the role needed, audited. And every route the server
 * registers names a role, and every API route is in the table below, so a new route cannot slip in without one.
 */
class RolesTest {

    /** One API route: what it needs, its template as registered, and a call that succeeds for a role that may. */
    private record Route(Role needs, String method, String template, String path, String body) {
        String name() {
            return method + " " + template;
        }
    }

    /** The setting every call runs in: a second company, a rule and a spare token to change or remove. */
    private record Fixture(RunningServer server, String company, String rule, String spareToken, long historyEntry) {
    }

    private static Fixture fixture() throws Exception {
        RunningServer server = new RunningServer();
        server.syncOneReport();
        String company = id(server.json("POST", "/api/qbwc/companies",
                "{\"name\":\"Second Co\",\"qbwcUser\":\"second\",\"password\":\"long enough password\"}"));
        String rule = id(server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"Help Desk\",\"matchType\":\"prefix\",\"metric\":\"mrr\"}"));
        String spare = id(server.json("POST", "/api/qbwc/tokens", "{\"name\":\"spare\",\"role\":\"viewer\"}"));
        long entry = server.core.history.latestRoster(InMemoryCore.COMPANY).orElseThrow().id();
        return new Fixture(server, company, rule, spare, entry);
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("^\\{(\"token\":\\{)?\"id\":\"?([^\",]+)\"?.*", "$2");
    }

    private static List<Route> routes(Fixture f) {
        String rule = "{\"pattern\":\"Help Desk\",\"matchType\":\"exact\",\"metric\":\"orr\"}";
        return List.of(
                new Route(Role.VIEWER, "GET", "/api/qbwc/status", "/api/qbwc/status", null),
                new Route(Role.VIEWER, "GET", "/api/qbwc/history", "/api/qbwc/history", null),
                new Route(Role.VIEWER, "GET", "/api/qbwc/history/{id}", "/api/qbwc/history/" + f.historyEntry(), null),
                new Route(Role.VIEWER, "GET", "/api/qbwc/metrics", "/api/qbwc/metrics", null),
                new Route(Role.VIEWER, "GET", "/api/qbwc/metrics.csv", "/api/qbwc/metrics.csv", null),
                new Route(Role.VIEWER, "GET", "/api/qbwc/review", "/api/qbwc/review?by=quarter", null),
                new Route(Role.VIEWER, "GET", "/api/qbwc/accounts", "/api/qbwc/accounts", null),
                new Route(Role.VIEWER, "GET", "/api/qbwc/mappings", "/api/qbwc/mappings", null),
                new Route(Role.VIEWER, "POST", "/api/qbwc/mappings/preview", "/api/qbwc/mappings/preview",
                        "{\"change\":\"create\",\"rule\":" + rule + "}"),
                new Route(Role.VIEWER, "GET", "/api/qbwc/companies", "/api/qbwc/companies", null),
                new Route(Role.VIEWER, "GET", "/api/qbwc/companies/{id}", "/api/qbwc/companies/" + f.company(), null),
                new Route(Role.EDITOR, "POST", "/api/qbwc/resync", "/api/qbwc/resync", "{\"months\":[\"2025-03\"]}"),
                new Route(Role.EDITOR, "POST", "/api/qbwc/mappings", "/api/qbwc/mappings", rule),
                new Route(Role.EDITOR, "PUT", "/api/qbwc/mappings/{id}", "/api/qbwc/mappings/" + f.rule(),
                        "{\"pattern\":\"Help Desk Plus\",\"matchType\":\"exact\",\"metric\":\"nrr\"}"),
                new Route(Role.EDITOR, "DELETE", "/api/qbwc/mappings/{id}", "/api/qbwc/mappings/" + f.rule(), null),
                new Route(Role.ADMIN, "POST", "/api/qbwc/companies", "/api/qbwc/companies",
                        "{\"name\":\"Third Co\",\"qbwcUser\":\"third\",\"password\":\"long enough password\"}"),
                new Route(Role.ADMIN, "PATCH", "/api/qbwc/companies/{id}", "/api/qbwc/companies/" + f.company(),
                        "{\"name\":\"Renamed Co\",\"password\":\"another long password\",\"disabled\":true}"),
                new Route(Role.ADMIN, "POST", "/api/qbwc/companies/{id}/rebind",
                        "/api/qbwc/companies/" + f.company() + "/rebind", ""),
                new Route(Role.ADMIN, "GET", "/api/qbwc/companies/{id}/qwc",
                        "/api/qbwc/companies/" + f.company() + "/qwc", null),
                new Route(Role.ADMIN, "GET", "/api/qbwc/tokens", "/api/qbwc/tokens", null),
                new Route(Role.ADMIN, "POST", "/api/qbwc/tokens", "/api/qbwc/tokens",
                        "{\"name\":\"reader\",\"role\":\"viewer\"}"),
                new Route(Role.ADMIN, "DELETE", "/api/qbwc/tokens/{id}", "/api/qbwc/tokens/" + f.spareToken(), null));
    }

    private static HttpResponse<String> call(RunningServer server, String token, Route route) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(route.path()))
                .header("Authorization", "Bearer " + token)
                .method(route.method(), route.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(route.body()));
        if (route.body() != null) {
            request.header("Content-Type", "application/json");
        }
        return server.send(request);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleIsAnsweredOnEveryRouteItMayCallAndRefusedWithTheRoleNeededOnEveryOther(Role role) throws Exception {
        Fixture f = fixture();
        try (RunningServer server = f.server()) {
            String token = server.core.apiAccess.create(Requester.commandLine(), role.key(), role, Set.of()).secret();
            for (Route route : routes(f)) {
                HttpResponse<String> response = call(server, token, route);

                if (role.includes(route.needs())) {
                    assertThat(response.statusCode()).as(route.name() + " as " + role.key() + ": " + response.body())
                            .isBetween(200, 299);
                } else {
                    assertThat(response.statusCode()).as(route.name() + " as " + role.key()).isEqualTo(403);
                    assertThat(response.body()).contains("This needs the " + route.needs().key() + " role; this "
                            + "token is a " + role.key() + ".");
                    AuditEvent audited = server.core.audit.recent(1).get(0);
                    assertThat(audited.outcome()).isEqualTo(AuditOutcome.DENIED);
                    assertThat(audited.actor()).isEqualTo(role.key());
                    assertThat(audited.action()).isEqualTo("api " + route.method() + " " + route.path());
                }
            }
        }
    }

    @Test
    void everyRegisteredRouteNamesExactlyOneRoleAndEveryApiRouteIsInTheTable() throws Exception {
        Fixture f = fixture();
        try (RunningServer server = f.server()) {
            List<String> withoutARole = new ArrayList<>();
            Set<String> apiRoutes = new TreeSet<>();
            for (ParsedEndpoint parsed : server.app.unsafe.internalRouter.allHttpHandlers()) {
                var endpoint = parsed.endpoint;
                if (!endpoint.method.isHttpMethod()) {
                    continue;
                }
                Roles roles = endpoint.metadata(Roles.class);
                long named = roles == null ? 0 : roles.getRoles().stream().filter(Access.class::isInstance).count();
                if (named != 1) {
                    withoutARole.add(endpoint.method + " " + endpoint.path);
                }
                if (endpoint.path.startsWith(HttpServer.API_PREFIX) && !endpoint.path.endsWith("*")) {
                    apiRoutes.add(endpoint.method + " " + endpoint.path);
                }
            }

            assertThat(withoutARole).as("routes that name no role").isEmpty();
            assertThat(routes(f).stream().map(Route::name).collect(Collectors.toSet()))
                    .as("every API route is checked for every role above").containsAll(apiRoutes);
        }
    }
}
