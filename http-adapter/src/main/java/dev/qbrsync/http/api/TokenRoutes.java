package dev.qbrsync.http.api;

import dev.qbrsync.core.access.ApiAccess;
import dev.qbrsync.core.access.Role;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.qbr.CompanyId;
import io.javalin.http.Context;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * GET/POST /api/qbwc/tokens and DELETE /api/qbwc/tokens/{id}, for admins of every company: list tokens with their role
 * and companies, make one (its secret answered once), revoke one.
 */
public final class TokenRoutes {
    /** More companies than any installation has; bounds what one request makes the server look up. */
    static final int MAX_COMPANIES = 200;

    private final ApiAccess tokens;
    private final CompanyAdministration companies;
    private final JsonBodies bodies;

    public TokenRoutes(ApiAccess tokens, CompanyAdministration companies, JsonBodies bodies) {
        this.tokens = tokens;
        this.companies = companies;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        AuthorizedCall.scope(ctx).requireEveryCompany("API tokens");
        ctx.json(tokens.list().stream().map(TokenJson::of).toList());
    }

    public void create(Context ctx) {
        TokenJson.Input input = bodies.read(ctx, TokenJson.Input.class);
        Role role = input.role() == null ? Role.DEFAULT : Role.of(input.role(), "role");
        ApiAccess.IssuedKey issued = tokens.create(AuthorizedCall.requester(ctx), input.name(), role,
                knownCompanies(input.companies()));
        ctx.status(201).json(TokenJson.Issued.of(issued));
    }

    public void revoke(Context ctx) {
        long id = RequestParameters.id(ctx, "id");
        if (!tokens.revoke(AuthorizedCall.requester(ctx), id)) {
            throw ApiError.notFound("No active token #" + id + ".");
        }
        ctx.status(204);
    }

    private Set<CompanyId> knownCompanies(List<String> namedIds) {
        if (namedIds == null) {
            return Set.of();
        }
        if (namedIds.size() > MAX_COMPANIES) {
            throw ApiError.badInput("companies", "names at most " + MAX_COMPANIES + " companies");
        }
        Set<CompanyId> ids = new TreeSet<>();
        for (String named : namedIds) {
            CompanyId id = named == null ? null : RequestParameters.companyId("companies", named);
            if (id == null || companies.find(CompanyScope.every(), id).isEmpty()) {
                throw ApiError.badInput("companies", "there is no company '" + named + "'");
            }
            ids.add(id);
        }
        return ids;
    }
}
