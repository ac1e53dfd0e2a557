package dev.qbrsync.core.company;

import dev.qbrsync.core.qbr.CompanyId;

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
 * @param quickBooks what its QuickBooks said about itself at the start of the last session; null before any
 */
public record Company(CompanyId id, String name, String qbwcUser, boolean disabled, String qwcFileId,
                      FileIdentity binding, QuickBooksSeen quickBooks) {

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qwcFileId, "qwcFileId");
        qbwcUser = qbwcUser == null ? "" : qbwcUser;
    }

    public Company withName(String newName) {
        return new Company(id, newName, qbwcUser, disabled, qwcFileId, binding, quickBooks);
    }

    public Company withUser(String newUser) {
        return new Company(id, name, newUser, disabled, qwcFileId, binding, quickBooks);
    }

    public Company withDisabled(boolean isDisabled) {
        return new Company(id, name, qbwcUser, isDisabled, qwcFileId, binding, quickBooks);
    }

    /** Bound to that file, or unbound with null. */
    public Company withBinding(FileIdentity file) {
        return new Company(id, name, qbwcUser, disabled, qwcFileId, file, quickBooks);
    }

    public Company withQuickBooks(QuickBooksSeen seen) {
        return new Company(id, name, qbwcUser, disabled, qwcFileId, binding, seen);
    }

    public Optional<FileIdentity> boundFile() {
        return Optional.ofNullable(binding);
    }

    public Optional<QuickBooksSeen> lastQuickBooks() {
        return Optional.ofNullable(quickBooks);
    }

    public boolean hasWebConnectorUser() {
        return !qbwcUser.isEmpty();
    }
}
