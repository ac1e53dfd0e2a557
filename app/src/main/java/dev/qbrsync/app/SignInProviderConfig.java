package dev.qbrsync.app;

import dev.qbrsync.core.access.AuthorizedPeople;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.http.oidc.OidcRoutes;
import dev.qbrsync.http.oidc.OidcSettings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The page's OpenID Connect sign-in, when configured: {@code QBR_OIDC_ISSUER}, {@code QBR_OIDC_CLIENT_ID} and
 * {@code QBR_OIDC_CLIENT_SECRET} (or {@code QBR_OIDC_CLIENT_SECRET_FILE}), or the replaced system's own
 * {@code QBR_AZURE_TENANT_ID}, {@code QBR_AZURE_CLIENT_ID} and {@code QBR_AZURE_CLIENT_SECRET} as they are; who may
 * enter from {@code QBR_AUTHORIZED_USERS} (and {@code QBR_OIDC_ROLES_FROM_CLAIMS}), and whom a person not on it should ask
 * ({@code QBR_OIDC_CONTACT}). The browser comes back to
 * {@code QBR_PUBLIC_URL} + {@value OidcRoutes#CALLBACK_PATH}.
 */
public record SignInProviderConfig(OidcSettings provider, AuthorizedPeople people) {
    static final String ALLOW_LIST = "QBR_AUTHORIZED_USERS";
    private static final String MICROSOFT = "https://login.microsoftonline.com/";

    /** Empty when no provider is configured; a half-configured one stops the start naming what is missing. */
    public static Optional<SignInProviderConfig> from(Map<String, String> env, String publicUrl) {
        Optional<String> tenant = value(env, "QBR_AZURE_TENANT_ID");
        Optional<String> issuer = value(env, "QBR_OIDC_ISSUER")
                .or(() -> tenant.map(id -> MICROSOFT + id + "/v2.0"));
        Optional<String> clientId = value(env, "QBR_OIDC_CLIENT_ID").or(() -> value(env, "QBR_AZURE_CLIENT_ID"));
        Optional<String> secret = secret(env);
        if (issuer.isEmpty() && clientId.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        URI issuerUri = issuer(issuer.orElseThrow(() -> missing("QBR_OIDC_ISSUER (or QBR_AZURE_TENANT_ID)")));
        String client = clientId.orElseThrow(() -> missing("QBR_OIDC_CLIENT_ID (or QBR_AZURE_CLIENT_ID)"));
        char[] clientSecret = secret.orElseThrow(() -> missing("QBR_OIDC_CLIENT_SECRET, QBR_OIDC_CLIENT_SECRET_FILE "
                + "(or QBR_AZURE_CLIENT_SECRET)")).toCharArray();
        String name = value(env, "QBR_OIDC_PROVIDER_NAME").orElse(issuerUri.toString().startsWith(MICROSOFT)
                ? "Microsoft" : issuerUri.getHost());
        String whomToAsk = value(env, "QBR_OIDC_CONTACT").orElse("the person who runs QBR Sync for your team");
        return Optional.of(new SignInProviderConfig(new OidcSettings(name, issuerUri, client, clientSecret,
                URI.create(publicUrl + OidcRoutes.CALLBACK_PATH), whomToAsk), people(env)));
    }

    private static AuthorizedPeople people(Map<String, String> env) {
        String rolesFromClaims = value(env, "QBR_OIDC_ROLES_FROM_CLAIMS").orElse("false");
        if (!rolesFromClaims.equalsIgnoreCase("true") && !rolesFromClaims.equalsIgnoreCase("false")) {
            throw new ConfigurationException("QBR_OIDC_ROLES_FROM_CLAIMS must be true or false, not '"
                    + rolesFromClaims + "'");
        }
        try {
            return AuthorizedPeople.parse(env.get(ALLOW_LIST), Boolean.parseBoolean(rolesFromClaims), ALLOW_LIST);
        } catch (InvalidInputException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private static URI issuer(String value) {
        URI uri;
        try {
            uri = URI.create(value.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("QBR_OIDC_ISSUER must be a URL, not '" + value + "'");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null || !(https || ("http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri)))) {
            throw new ConfigurationException("QBR_OIDC_ISSUER must be an https URL (http only for a provider on this "
                    + "machine), not '" + value + "'");
        }
        return uri;
    }

    private static boolean isLoopback(URI uri) {
        try {
            return InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (IOException unknownHost) {
            return false;
        }
    }

    private static Optional<String> secret(Map<String, String> env) {
        Optional<String> file = value(env, "QBR_OIDC_CLIENT_SECRET_FILE");
        if (file.isPresent()) {
            try {
                return Optional.of(Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).trim());
            } catch (IOException e) {
                throw new ConfigurationException("QBR_OIDC_CLIENT_SECRET_FILE " + file.get() + " cannot be read: "
                        + e.getMessage());
            }
        }
        return value(env, "QBR_OIDC_CLIENT_SECRET").or(() -> value(env, "QBR_AZURE_CLIENT_SECRET"));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static ConfigurationException missing(String what) {
        return new ConfigurationException("OpenID Connect sign-in is half configured: " + what + " is missing");
    }

    @Override
    public String toString() {
        return "SignInProviderConfig[" + provider + ", " + people + "]";
    }
}
