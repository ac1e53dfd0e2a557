package dev.qbrsync.http.access;

import dev.qbrsync.core.access.Role;
import io.javalin.security.RouteRole;

import java.util.Optional;

/**
 * Who may call a route: anyone ({@link #PUBLIC}: the Web Connector's SOAP endpoint, health, the page's files and its
 * sign-in), or a token or browser session holding at least a role. Every route names exactly one; the API's {@code RoleCheck}
 * refuses a route that names none.
 */
public enum Access implements RouteRole {
    PUBLIC(null), VIEWER(Role.VIEWER), EDITOR(Role.EDITOR), ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** The role a caller needs; empty for a public route. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }
}
