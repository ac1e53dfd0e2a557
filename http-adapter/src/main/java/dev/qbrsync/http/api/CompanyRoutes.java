package dev.qbrsync.http.api;

import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.http.soap.QwcFiles;
import io.javalin.http.Context;

import java.util.Arrays;

/**
 * GET/POST /api/qbwc/companies, GET/PATCH /api/qbwc/companies/{id}, POST /api/qbwc/companies/{id}/rebind and GET
 * /api/qbwc/companies/{id}/qwc. A token limited to some companies sees only them and changes none.
 */
public final class CompanyRoutes {
    private final CompanyAdministration companies;
    private final JsonBodies bodies;
    private final QwcFiles qwcFiles;

    public CompanyRoutes(CompanyAdministration companies, JsonBodies bodies, QwcFiles qwcFiles) {
        this.companies = companies;
        this.bodies = bodies;
        this.qwcFiles = qwcFiles;
    }

    public void list(Context ctx) {
        ctx.json(companies.list(AuthorizedCall.scope(ctx)).stream().map(CompanyJson::of).toList());
    }

    public void get(Context ctx) {
        ctx.json(CompanyJson.of(known(ctx)));
    }

    public void create(Context ctx) {
        CompanyJson.Input input = bodies.read(ctx, CompanyJson.Input.class);
        char[] password = password(input);
        try {
            Company company = input.organization() == null
                    ? companies.add(AuthorizedCall.requester(ctx), input.name(), input.qbwcUser(), password)
                    : companies.adopt(AuthorizedCall.requester(ctx), RequestParameters.companyId("organization",
                            input.organization()), input.qbwcUser(), password);
            ctx.status(201).json(CompanyJson.of(company));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Changes the name, the password or the disabled flag, whichever the body carries. */
    public void update(Context ctx) {
        CompanyId id = known(ctx).id();
        CompanyJson.Input input = bodies.read(ctx, CompanyJson.Input.class);
        if (input.qbwcUser() != null || input.organization() != null) {
            throw ApiError.badInput(input.qbwcUser() != null ? "qbwcUser" : "organization",
                    "cannot change; add a new company instead");
        }
        if (input.name() != null) {
            companies.rename(AuthorizedCall.requester(ctx), id, input.name());
        }
        if (input.password() != null) {
            char[] password = password(input);
            try {
                companies.changePassword(AuthorizedCall.requester(ctx), id, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        if (input.disabled() != null) {
            companies.setDisabled(AuthorizedCall.requester(ctx), id, input.disabled());
        }
        ctx.json(CompanyJson.of(known(ctx)));
    }

    public void rebind(Context ctx) {
        ctx.json(CompanyJson.of(companies.rebind(AuthorizedCall.requester(ctx), known(ctx).id())));
    }

    /** The company's .qwc file as an attachment: the same file the {@code qwc} command writes. */
    public void qwc(Context ctx) {
        Company company = known(ctx);
        qwcFiles.publicUrlProblem().ifPresent(problem -> {
            throw ApiError.conflict(problem);
        });
        if (!company.hasWebConnectorUser()) {
            throw ApiError.conflict("Company " + company.id() + " has no Web Connector user yet: give it one first.");
        }
        ctx.contentType("application/xml; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + QwcFiles.fileName(company) + "\"")
                .header("Cache-Control", "no-store")
                .result(qwcFiles.render(company, QwcFiles.DEFAULT_RUN_EVERY_MINUTES));
    }

    private Company known(Context ctx) {
        CompanyId id = RequestParameters.companyId("id", ctx.pathParam("id"));
        AuthorizedCall.scope(ctx).require(id);
        return companies.find(AuthorizedCall.scope(ctx), id).orElseThrow(() -> new UnknownCompanyException(id));
    }

    private static char[] password(CompanyJson.Input input) {
        if (input.password() == null) {
            throw ApiError.badInput("password", "is required");
        }
        return input.password().toCharArray();
    }
}
