package dev.qbrsync.http.oidc;

import java.util.Set;

/**
 * Who the provider says signed in, from an ID token whose signature, issuer, audience, expiry and nonce were checked.
 *
 * @param email        the person's address: the {@code email} claim, else {@code preferred_username} or {@code upn}
 *                     (Microsoft Entra ID gives the sign-in name there), in lower case
 * @param claimedRoles the values of the provider's role claims ({@code roles}, {@code groups}), as sent
 */
public record VerifiedPerson(String email, String displayName, Set<String> claimedRoles) {
}
