package dev.qbrsync.core.company;

import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The companies of the installation (organizations of the dashboard with a Web Connector login), their password
 * hashes and file bindings, and the installation's OwnerID.
 */
public interface CompanyDirectory {

    /** A company's Web Connector login as stored: never the password, only its hash. */
    record StoredLogin(CompanyId companyId, String passwordHash, boolean disabled) {
    }

    /** Creates a new organization and makes it a company; the user name must be free. */
    Company create(String name, String qbwcUser, String passwordHash, String qwcFileId);

    /**
     * Gives an existing organization a Web Connector user and password hash, making it a company if it was not one
     * ({@code qwcFileId} is used then; a company keeps its own). Empty when there is no such organization.
     */
    Optional<Company> adopt(CompanyId organizationId, String qbwcUser, String passwordHash, String qwcFileId);

    /** Every company, ordered by id. */
    List<Company> list();

    Optional<Company> find(CompanyId companyId);

    /** The companies whose name is this one, ignoring case. */
    List<Company> findByName(String name);

    /** The login of a Web Connector user name, ignoring case. */
    Optional<StoredLogin> loginOf(String qbwcUser);

    /** False when there is no such company. */
    boolean rename(CompanyId companyId, String name);

    boolean changePasswordHash(CompanyId companyId, String passwordHash);

    boolean setDisabled(CompanyId companyId, boolean disabled);

    /** Binds the company to a file unless it is bound already; true when this call bound it. */
    boolean bindIfUnbound(CompanyId companyId, FileIdentity file, Instant at);

    /** Forgets the binding, so the next successful sync binds the company again (after a file move). */
    boolean unbind(CompanyId companyId);

    /** Remembers what the company's QuickBooks said about itself; false when there is no such company. */
    boolean rememberQuickBooks(CompanyId companyId, QuickBooksSeen seen);

    /** The installation's OwnerID: the one stored, or else {@code proposed}, stored now. Never changes once stored. */
    String ownerId(String proposed);
}
