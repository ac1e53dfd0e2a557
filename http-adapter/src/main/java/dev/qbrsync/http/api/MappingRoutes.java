package dev.qbrsync.http.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qbrsync.core.mapping.MappingAdministration;
import dev.qbrsync.core.mapping.RulePatch;
import io.javalin.http.Context;

/** GET/POST /api/qbwc/mappings, PUT/DELETE /api/qbwc/mappings/{id}. */
public final class MappingRoutes {
    private final MappingAdministration mappings;
    private final JsonBodies bodies;

    public MappingRoutes(MappingAdministration mappings, JsonBodies bodies) {
        this.mappings = mappings;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        ctx.json(mappings.rules().stream().map(RuleJson::of).toList());
    }

    public void create(Context ctx) {
        ctx.status(201).json(RuleJson.of(mappings.create(bodies.read(ctx, RuleJson.class).toRule())));
    }

    /** Changes only the fields the body carries. */
    public void update(Context ctx) {
        long id = RequestParameters.id(ctx, "id");
        ObjectNode body = bodies.read(ctx, ObjectNode.class);
        RulePatch patch = Json.convert(body, RuleJson.class).toPatch(body.has("section"));
        ctx.json(mappings.update(id, patch).map(RuleJson::of)
                .orElseThrow(() -> ApiError.notFound("There is no mapping rule " + id + ".")));
    }

    public void delete(Context ctx) {
        long id = RequestParameters.id(ctx, "id");
        if (!mappings.delete(id)) {
            throw ApiError.notFound("There is no mapping rule " + id + ".");
        }
        ctx.status(204);
    }
}
