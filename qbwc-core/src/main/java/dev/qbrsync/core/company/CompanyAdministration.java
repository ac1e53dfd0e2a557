package dev.qbrsync.core.company;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.ConflictException;
import dev.qbrsync.core.qbr.InvalidInputException;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Adding, renaming, disabling and re-binding companies, and their Web Connector passwords. Only the password's hash is
 * stored; every change is audited with who made it. Changing companies needs a caller who may act on every company.
 */
public final class CompanyAdministration {
    public static final int MINIMUM_PASSWORD_LENGTH = WebConnectorPassword.MINIMUM_LENGTH;
    private static final int MAX_NAME_LENGTH = 100;
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@+-]{1,100}");

    private final CompanyDirectory directory;
    private final PasswordHasher hasher;
    private final Auditor auditor;

    public CompanyAdministration(CompanyDirectory directory, PasswordHasher hasher, Auditor auditor) {
        this.directory = directory;
        this.hasher = hasher;
        this.auditor = auditor;
    }

    /** Who asks for a change: the address it came from, the token or "cli", and the companies it may act on. */
    public record Requester(Caller caller, String actor, CompanyScope scope) {

        public static Requester commandLine() {
            return new Requester(Caller.unknown(), "cli", CompanyScope.every());
        }
    }

    public List<Company> list(CompanyScope scope) {
        return directory.list().stream().filter(company -> scope.permits(company.id())).toList();
    }

    public Optional<Company> find(CompanyScope scope, CompanyId companyId) {
        return directory.find(companyId).filter(company -> scope.permits(company.id()));
    }

    /** A company by its id or, failing that, its name (ignoring case). */
    public Company resolve(String idOrName) {
        Optional<Company> byId = asCompanyId(idOrName.trim()).flatMap(directory::find);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Company> byName = directory.findByName(idOrName.trim());
        if (byName.size() > 1) {
            throw new InvalidInputException("company", "more than one company is called '" + idOrName
                    + "'; use its id: " + byName.stream().map(Company::id).toList());
        }
        return byName.stream().findFirst().orElseThrow(() -> new UnknownCompanyException(idOrName));
    }

    /** Empty when {@code text} cannot be a company id (a name with a control character, say). */
    private static Optional<CompanyId> asCompanyId(String text) {
        try {
            return Optional.of(CompanyId.of(text));
        } catch (InvalidInputException notAnId) {
            return Optional.empty();
        }
    }

    /** A new organization with its Web Connector user; the caller keeps and wipes {@code password}. */
    public Company add(Requester requester, String name, String qbwcUser, char[] password) {
        requester.scope().requireEveryCompany("companies");
        String checkedName = checkedName(name);
        String user = freeUserName(qbwcUser, null);
        Company company = directory.create(checkedName, user, hasher.hash(checkedPassword(password)), newFileId());
        audit(requester, "company.add", company, "company " + company.id() + " '" + company.name()
                + "' with Web Connector user " + user);
        return company;
    }

    /** Makes an existing organization of the dashboard a company with a Web Connector user. */
    public Company adopt(Requester requester, CompanyId organizationId, String qbwcUser, char[] password) {
        requester.scope().requireEveryCompany("companies");
        directory.find(organizationId).filter(Company::hasWebConnectorUser).ifPresent(existing -> {
            throw new ConflictException("organization", "organization " + existing.id() + " '" + existing.name()
                    + "' already has a company with Web Connector user " + existing.qbwcUser() + "; change its "
                    + "password with PATCH /api/qbwc/companies/" + existing.id() + " or 'qbr-sync company password "
                    + existing.id() + "'");
        });
        String user = freeUserName(qbwcUser, organizationId);
        Company company = directory.adopt(organizationId, user, hasher.hash(checkedPassword(password)), newFileId())
                .orElseThrow(() -> new UnknownCompanyException(organizationId));
        audit(requester, "company.add", company, "organization " + company.id() + " '" + company.name()
                + "' now syncs with Web Connector user " + user);
        return company;
    }

    /**
     * The Web Connector user of the environment (QBWC_USERNAME, QBWC_PASSWORD_HASH), given to the default company at
     * every start so the zero-configuration install keeps working.
     */
    public Company adoptConfiguredLogin(CompanyId companyId, String qbwcUser, String passwordHash) {
        String user = freeUserName(qbwcUser, companyId);
        return directory.adopt(companyId, user, passwordHash, newFileId())
                .orElseThrow(() -> new UnknownCompanyException(companyId));
    }

    public Company rename(Requester requester, CompanyId companyId, String name) {
        requester.scope().requireEveryCompany("companies");
        String checkedName = checkedName(name);
        if (!directory.rename(companyId, checkedName)) {
            throw new UnknownCompanyException(companyId);
        }
        return changed(requester, "company.rename", companyId, "renamed to '" + checkedName + "'");
    }

    public Company changePassword(Requester requester, CompanyId companyId, char[] password) {
        requester.scope().requireEveryCompany("companies");
        if (!directory.changePasswordHash(companyId, hasher.hash(checkedPassword(password)))) {
            throw new UnknownCompanyException(companyId);
        }
        return changed(requester, "company.password", companyId, "Web Connector password changed");
    }

    public Company setDisabled(Requester requester, CompanyId companyId, boolean disabled) {
        requester.scope().requireEveryCompany("companies");
        if (!directory.setDisabled(companyId, disabled)) {
            throw new UnknownCompanyException(companyId);
        }
        return changed(requester, disabled ? "company.disable" : "company.enable", companyId,
                disabled ? "Web Connector logins refused; data kept" : "Web Connector logins accepted again");
    }

    /** Forgets the company's file binding, so its next successful sync binds it to the file then open. */
    public Company rebind(Requester requester, CompanyId companyId) {
        requester.scope().requireEveryCompany("companies");
        Company before = directory.find(companyId).orElseThrow(() -> new UnknownCompanyException(companyId));
        directory.unbind(companyId);
        return changed(requester, "company.rebind", companyId, before.boundFile()
                .map(file -> "binding to " + file.describe() + " removed; the next successful sync binds it again")
                .orElse("was not bound; the next successful sync binds it"));
    }

    private Company changed(Requester requester, String action, CompanyId companyId, String what) {
        Company company = directory.find(companyId).orElseThrow(() -> new UnknownCompanyException(companyId));
        audit(requester, action, company, "company " + company.id() + " '" + company.name() + "': " + what);
        return company;
    }

    private void audit(Requester requester, String action, Company company, String detail) {
        requester.caller().attributeTo(company.id());
        auditor.record(requester.caller(), requester.actor(), action, AuditOutcome.SUCCESS, detail);
    }

    private String freeUserName(String qbwcUser, CompanyId ownerCompanyId) {
        String user = qbwcUser == null ? "" : qbwcUser.trim();
        if (!USER_NAME.matcher(user).matches()) {
            throw new InvalidInputException("qbwcUser", "must be 1 to 100 letters, digits or . _ @ + -");
        }
        directory.loginOf(user).filter(login -> !login.companyId().equals(ownerCompanyId)).ifPresent(login -> {
            throw new InvalidInputException("qbwcUser", "'" + user + "' is already the Web Connector user of company "
                    + login.companyId() + "; every company needs its own");
        });
        return user;
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH
                || trimmed.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME_LENGTH
                    + " characters without control or invisible formatting characters (such as bidirectional overrides)");
        }
        return trimmed;
    }

    private static char[] checkedPassword(char[] password) {
        WebConnectorPassword.problem(password).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        return password;
    }

    private static String newFileId() {
        return QbwcGuid.random();
    }
}
