package dev.qbrsync.http.api;

import dev.qbrsync.core.mapping.RuleChange;
import dev.qbrsync.core.metrics.RuleChangePreview;
import dev.qbrsync.core.overview.SyncOverview;
import dev.qbrsync.core.qbr.CompanyId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * POST /api/qbwc/mappings/preview: what a rule change would do to a company's figures, before it is saved. The body
 * names the change as the rule routes would receive it: {@code {"change": "create", "rule": {...}}},
 * {@code {"change": "update", "id": 23, "rule": {"metric": "orr"}}} or {@code {"change": "delete", "id": 23}}.
 */
public final class RulePreviewRoutes {
    private final RuleChangePreview preview;
    private final SyncOverview overview;
    private final JsonBodies bodies;

    public RulePreviewRoutes(RuleChangePreview preview, SyncOverview overview, JsonBodies bodies) {
        this.preview = preview;
        this.overview = overview;
        this.bodies = bodies;
    }

    public void preview(Context ctx) {
        CompanyId company = new RequestParameters(ctx).company(overview, AuthorizedCall.scope(ctx));
        ObjectNode body = bodies.read(ctx, ObjectNode.class);
        ctx.json(preview.preview(AuthorizedCall.scope(ctx), company, change(body))
                .map(effect -> RulePreviewJson.of(company.value(), effect))
                .orElseThrow(() -> ApiError.notFound("There is no mapping rule " + body.path("id").asText() + ".")));
    }

    private static RuleChange change(ObjectNode body) {
        String kind = body.path("change").asText("");
        return switch (kind) {
            case "create" -> new RuleChange.Create(Json.convert(rule(body), RuleJson.class).toRule());
            case "update" -> {
                JsonNode rule = rule(body);
                yield new RuleChange.Update(id(body), Json.convert(rule, RuleJson.class).toPatch(rule.has("section")));
            }
            case "delete" -> new RuleChange.Delete(id(body));
            default -> throw ApiError.badInput("change", "must be one of create, update, delete");
        };
    }

    private static JsonNode rule(ObjectNode body) {
        JsonNode rule = body.get("rule");
        if (rule == null || !rule.isObject()) {
            throw ApiError.badInput("rule", "must be the rule (or, for an update, the fields that change)");
        }
        return rule;
    }

    private static long id(ObjectNode body) {
        JsonNode id = body.get("id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw ApiError.badInput("id", "must be the id of a stored rule");
        }
        return id.asLong();
    }
}
