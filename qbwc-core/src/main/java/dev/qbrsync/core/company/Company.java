package dev.qbrsync.core.company;

import java.util.Objects;
import java.util.Optional;

/**
 * A QuickBooks company synced by this installation: an organization of the dashboard, its Web Connector user, and the
 * company file it is bound to once it has synced.
 *
 * @param id        the organization's id, the key every port uses for the company
 * @param qbwcUser  the Web Connector user name its .qwc carries; empty when it has none yet
 * @param disabled  a disabled company keeps its data but refuses every Web Connector login
 * @param qwcFileId the FileID every .qwc of this company carries, which the Web Connector writes into the company file
 * @param binding   the company file its first successful sync came from; null until then
 */
public record Company(String id, String name, String qbwcUser, boolean disabled, String qwcFileId,
                      FileIdentity binding) {

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qwcFileId, "qwcFileId");
        qbwcUser = qbwcUser == null ? "" : qbwcUser;
    }

    public Optional<FileIdentity> boundFile() {
        return Optional.ofNullable(binding);
    }

    public boolean hasWebConnectorUser() {
        return !qbwcUser.isEmpty();
    }
}
