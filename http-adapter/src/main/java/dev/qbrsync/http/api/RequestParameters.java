package dev.qbrsync.http.api;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.overview.SyncOverview;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.InvalidInputException;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reads query parameters, turning every malformed one into a 400 that names it. */
final class RequestParameters {
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2199;
    private final Context ctx;

    RequestParameters(Context ctx) {
        this.ctx = ctx;
    }

    String text(String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    int number(String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw ApiError.badInput(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiError.badInput(name, "'" + value + "' is not a whole number");
        }
    }

    YearMonth month(String name, YearMonth fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : month(name, value);
    }

    Instant instant(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badInput(name, "'" + value + "' is not an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badInput(name,
                    "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT));
        }
    }

    /** A numeric path parameter; anything else is a 400 naming it. */
    static long id(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiError.badInput(name, "'" + ctx.pathParam(name) + "' is not an id");
        }
    }

    /**
     * The company the query names, else the caller's default one; a named company the installation does not know is a
     * 400, before any store is asked.
     */
    CompanyId company(SyncOverview overview, CompanyScope scope) {
        return Optional.ofNullable(text("company", null)).map(named -> knownCompany(overview, companyId("company",
                named))).orElseGet(() -> defaultCompany(overview, scope));
    }

    /** The caller's default company; a 400 naming the company field when the installation has none. */
    static CompanyId defaultCompany(SyncOverview overview, CompanyScope scope) {
        return overview.defaultCompany(scope).orElseThrow(() -> ApiError.badInput("company",
                "name a company: there is no default one"));
    }

    /** {@code value} as a {@link CompanyId}; a 400 naming {@code field} when it is not one. */
    static CompanyId companyId(String field, String value) {
        try {
            return CompanyId.of(value);
        } catch (InvalidInputException notAnId) {
            throw ApiError.badInput(field, notAnId.reason());
        }
    }

    /** A company the installation knows; any other is a 400 naming the field, before any store is asked. */
    static CompanyId knownCompany(SyncOverview overview, CompanyId company) {
        if (!overview.knowsCompany(company)) {
            throw ApiError.badInput("company", "there is no company '" + company + "'");
        }
        return company;
    }

    static YearMonth month(String field, String value) {
        if (value == null) {
            throw ApiError.badInput(field, "must be months in the form YYYY-MM, not null");
        }
        String trimmed = value.trim();
        try {
            YearMonth month = YearMonth.parse(trimmed);
            if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR || !trimmed.matches("\\d{4}-\\d{2}")) {
                throw ApiError.badInput(field, "'" + value + "' is not a month between " + FIRST_YEAR + "-01 and "
                        + LAST_YEAR + "-12");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ApiError.badInput(field, "'" + value + "' is not a month in the form YYYY-MM");
        }
    }
}
