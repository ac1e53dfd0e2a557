package dev.qbrsync.core.access;

import dev.qbrsync.core.qbr.InvalidInputException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may sign in to the page through the organisation's identity provider, and with which role: an allow-list of
 * e-mail addresses, read like the replaced system's {@code QBR_AUTHORIZED_USERS} (comma-separated, spaces and case
 * ignored), where an address may carry its role after a colon ({@code anna@example.com:admin}; {@code viewer} when it
 * does not). A colon cannot stand unquoted in an address, so the suffix is never part of one. Optionally the
 * provider's role or group claims grant a role too ({@code viewer}, {@code editor}, {@code admin}); a person then has
 * the highest role either gives.
 */
public final class AuthorizedPeople {
    /** Nobody signs in through an identity provider: none is configured. */
    public static final AuthorizedPeople NOBODY = new AuthorizedPeople(Map.of(), false);

    private final Map<String, Role> listed;
    private final boolean rolesFromClaims;

    private AuthorizedPeople(Map<String, Role> listed, boolean rolesFromClaims) {
        this.listed = Map.copyOf(listed);
        this.rolesFromClaims = rolesFromClaims;
    }

    /** @param field the setting's name, for the message when an entry cannot be read */
    public static AuthorizedPeople parse(String allowList, boolean rolesFromClaims, String field) {
        Map<String, Role> listed = Arrays.stream(allowList == null ? new String[0] : allowList.split(","))
                .map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> entry(entry, field))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, AuthorizedPeople::higher));
        return new AuthorizedPeople(listed, rolesFromClaims);
    }

    private static Map.Entry<String, Role> entry(String entry, String field) {
        int colon = entry.lastIndexOf(':');
        String address = (colon < 0 ? entry : entry.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        Role role = colon < 0 ? Role.VIEWER : Role.of(entry.substring(colon + 1), field);
        if (address.indexOf('@') < 1 || address.endsWith("@")) {
            throw new InvalidInputException(field, "holds '" + address + "', which is not an e-mail address");
        }
        return Map.entry(address, role);
    }

    /** True when nobody may sign in this way: no address is listed and no claim grants a role. */
    public boolean admitsNobody() {
        return listed.isEmpty() && !rolesFromClaims;
    }

    /** The role of the person with this address and these role claims; empty when they may not enter. */
    public Optional<Role> roleOf(String email, Collection<String> claimedRoles) {
        Optional<Role> fromList = Optional.ofNullable(listed.get(email.trim().toLowerCase(Locale.ROOT)));
        Optional<Role> fromClaims = rolesFromClaims ? claimedRoles.stream().map(AuthorizedPeople::claimedRole)
                .flatMap(Optional::stream).reduce(AuthorizedPeople::higher) : Optional.empty();
        return fromList.isEmpty() ? fromClaims
                : Optional.of(fromClaims.map(claimed -> higher(claimed, fromList.get())).orElse(fromList.get()));
    }

    private static Optional<Role> claimedRole(String claim) {
        return Arrays.stream(Role.values()).filter(role -> role.key().equalsIgnoreCase(claim.trim())).findFirst();
    }

    private static Role higher(Role a, Role b) {
        return a.includes(b) ? a : b;
    }

    @Override
    public String toString() {
        return "AuthorizedPeople[" + listed.size() + " listed" + (rolesFromClaims ? ", roles from claims" : "") + "]";
    }
}
