package dev.qbrsync.http.api;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.mapping.MappingAdministration;
import dev.qbrsync.core.mapping.RulePatch;
import dev.qbrsync.core.overview.SyncOverview;
import dev.qbrsync.core.qbr.CompanyId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.List;

/**
 * GET/POST /api/qbwc/mappings, PUT/DELETE /api/qbwc/mappings/{id}. A rule without a company is shared by every
 * company; listing shows the rules that map one company's accounts (the shared ones and its own).
 */
public final class MappingRoutes {
    /** Fields a PUT may leave out but not set to null (section and note may be null: any section, no note). */
    private static final List<String> REQUIRED_IF_GIVEN = List.of("pattern", "matchType", "metric", "priority",
            "active");
    private final MappingAdministration mappings;
    private final SyncOverview overview;
    private final JsonBodies bodies;

    public MappingRoutes(MappingAdministration mappings, SyncOverview overview, JsonBodies bodies) {
        this.mappings = mappings;
        this.overview = overview;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        CompanyScope scope = AuthorizedCall.scope(ctx);
        CompanyId company = new RequestParameters(ctx).company(overview, scope);
        ctx.json(mappings.rules(scope, company).stream().map(RuleJson::of).toList());
    }

    public void create(Context ctx) {
        ctx.status(201).json(RuleJson.of(mappings.create(AuthorizedCall.scope(ctx),
                bodies.read(ctx, RuleJson.class).toRule())));
    }

    /** Changes only the fields the body carries. */
    public void update(Context ctx) {
        long id = RequestParameters.id(ctx, "id");
        ObjectNode body = bodies.read(ctx, ObjectNode.class);
        if (body.has("company")) {
            throw ApiError.badInput("company", "a rule cannot move between companies; delete it and add it again");
        }
        for (String field : REQUIRED_IF_GIVEN) {
            if (body.has(field) && body.get(field).isNull()) {
                throw ApiError.badInput(field, "cannot be null; leave it out to keep the rule's " + field);
            }
        }
        RulePatch patch = Json.convert(body, RuleJson.class).toPatch(body.has("section"));
        ctx.json(mappings.update(AuthorizedCall.scope(ctx), id, patch).map(RuleJson::of)
                .orElseThrow(() -> ApiError.notFound("There is no mapping rule " + id + ".")));
    }

    public void delete(Context ctx) {
        long id = RequestParameters.id(ctx, "id");
        if (!mappings.delete(AuthorizedCall.scope(ctx), id)) {
            throw ApiError.notFound("There is no mapping rule " + id + ".");
        }
        ctx.status(204);
    }
}
