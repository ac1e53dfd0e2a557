package dev.qbrsync.core.testing;

import dev.qbrsync.core.access.CredentialVerifier;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Plain-text credentials for tests: user name → password and company. */
public final class FixedCredentials implements CredentialVerifier {
    private record Account(char[] password, String companyId) {
    }

    private final Map<String, Account> accounts = new HashMap<>();

    public FixedCredentials with(String userName, String password, String companyId) {
        accounts.put(userName, new Account(password.toCharArray(), companyId));
        return this;
    }

    @Override
    public Optional<String> companyFor(String userName, char[] password) {
        Account account = accounts.get(userName);
        return account != null && Arrays.equals(account.password(), password)
                ? Optional.of(account.companyId())
                : Optional.empty();
    }
}
