package dev.qbrsync.http.api;

import dev.qbrsync.core.access.Role;
import dev.qbrsync.http.access.Access;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

import java.util.Set;

/**
 * Runs once a call has found its route, after the token or session check: lets it through when the route is public or
 * the caller's role includes the one the route needs, and otherwise refuses it with a 403 naming that role (audited as
 * a denial with the call). A route that names no role is refused to everyone, so a route added without one fails
 * closed. The page's static files are no routes and are served to anyone.
 */
public final class RoleCheck implements Handler {

    @Override
    public void handle(Context ctx) {
        if (ctx.endpoints().matchedHttpEndpoint() == null) {
            return; // a file of the page, served as it is to anyone: no route, so no role
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        Role needed = roles.stream().filter(Access.class::isInstance).map(Access.class::cast)
                .flatMap(access -> access.role().stream()).findFirst()
                .orElseThrow(() -> ApiError.forbidden("This route names no role, so nobody may call it."));
        Role held = AuthorizedCall.role(ctx);
        if (held == null) {
            throw ApiError.unauthorized("An API token or a signed-in session is required.");
        }
        if (!held.includes(needed)) {
            throw ApiError.forbidden("This needs the " + needed.key() + " role; this token is a " + held.key() + ".");
        }
    }
}
