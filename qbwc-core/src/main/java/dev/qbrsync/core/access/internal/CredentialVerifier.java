package dev.qbrsync.core.access.internal;

import dev.qbrsync.core.qbr.CompanyId;

/** Checks a Web Connector user name and password. */
public interface CredentialVerifier {

    /** What a check came to. */
    sealed interface Verdict {
        record Accepted(CompanyId companyId) implements Verdict {
        }

        record Rejected() implements Verdict {
        }

        /** The password is right, but the company refuses logins (it keeps its data). */
        record Disabled(CompanyId companyId) implements Verdict {
        }
    }

    /** Must take the same time whether or not the user exists. */
    Verdict verify(String userName, char[] password);
}
