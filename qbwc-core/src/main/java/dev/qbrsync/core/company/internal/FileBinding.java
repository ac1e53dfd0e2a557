package dev.qbrsync.core.company.internal;

import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.company.QuickBooksSeen;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps every company to its own QuickBooks file. The first successful sync binds a company to the file then open;
 * every later session is checked, before anything is asked of QuickBooks, against that binding, against the FileIDs
 * the other companies' .qwc files carry, and against the files the other companies are bound to. What the
 * company's QuickBooks says about itself is remembered with the company.
 */
public final class FileBinding {
    private final CompanyDirectory directory;
    private final String ownerId;

    /** @param ownerId the installation's OwnerID, under which the Web Connector keeps our FileID in a company file */
    public FileBinding(CompanyDirectory directory, String ownerId) {
        this.directory = directory;
        this.ownerId = ownerId;
    }

    /** The installation's OwnerID, under which the Web Connector keeps our FileID in a company file. */
    public String ownerId() {
        return ownerId;
    }

    /** The file the Web Connector has open, from the first sendRequestXML's host response and file name. */
    public FileIdentity openFile(HostInfo host, String companyFilePath) {
        String fileId = host.fileIds().stream()
                .filter(id -> braceless(id.ownerId()).equalsIgnoreCase(braceless(ownerId)))
                .map(HostInfo.FileId::value).findFirst().orElse("");
        return new FileIdentity(host.companyName(), fileId, companyFilePath);
    }

    /** Why the company's session must not go on with this file, before anything was asked; empty when it may. */
    public Optional<String> refusal(CompanyId companyId, FileIdentity open) {
        return refusal(companyId, open, "Nothing was asked or stored.");
    }

    /**
     * Why the company's session must not go on with this file; empty when it may.
     *
     * @param consequence what the refusal left undone, e.g. "Nothing was stored."
     */
    public Optional<String> refusal(CompanyId companyId, FileIdentity open, String consequence) {
        List<Company> companies = directory.list();
        Optional<Company> found = companies.stream().filter(company -> company.id().equals(companyId))
                .findFirst();
        if (found.isEmpty()) {
            return Optional.of("Company " + companyId + " no longer exists.");
        }
        Company company = found.get();
        List<Company> others = companies.stream().filter(other -> !other.id().equals(companyId)).toList();
        String whose = "The Web Connector user '" + company.qbwcUser() + "' syncs company " + company.id() + " '"
                + company.name() + "'";
        Optional<Company> setUpForAnother = others.stream()
                .filter(other -> !open.fileId().isEmpty() && open.fileId().equalsIgnoreCase(other.qwcFileId()))
                .findFirst();
        if (setUpForAnother.isPresent()) {
            return Optional.of(whose + ", but QuickBooks has " + open.describe() + " open, which was set up with the "
                    + ".qwc of company " + describe(setUpForAnother.get()) + ". " + consequence + " Open "
                    + "the right company file, or sync this one with that company's .qwc.");
        }
        if (company.boundFile().isPresent()) {
            FileIdentity bound = company.boundFile().get();
            return bound.sameCompanyAs(open) ? Optional.empty() : Optional.of(whose + ", whose file is "
                    + bound.describe() + ", but QuickBooks has " + describeOpen(open) + " open. " + consequence
                    + " Open that company's file; if it moved, re-bind with 'qbr-sync company rebind "
                    + company.id() + "'.");
        }
        return others.stream().filter(other -> other.boundFile().map(file -> file.mayBeSameFileAs(open)).orElse(false))
                .findFirst().map(owner -> whose + ", but QuickBooks has " + open.describe() + " open, which may be the "
                        + "file of company " + describe(owner) + " (" + owner.boundFile().orElseThrow().describe()
                        + "): the same company name or the same file under another spelling, and no FileID that "
                        + "tells them apart. " + consequence + " Open this company's own file; if company "
                        + owner.id() + " is bound to the wrong file, 'qbr-sync company rebind " + owner.id()
                        + "' forgets its binding.");
    }

    /** After a successful sync: binds the company to the file it synced, unless it is bound or the file said nothing. */
    public void bindAfterSuccess(CompanyId companyId, FileIdentity open, Instant at) {
        if (!open.companyName().isEmpty()) {
            directory.bindIfUnbound(companyId, open, at);
        }
    }

    /** Keeps, with the company, what its QuickBooks said at the start of a session and the version chosen for it. */
    public void rememberQuickBooks(CompanyId companyId, HostInfo host, int qbxmlMajorVers, int qbxmlMinorVers,
                                   QbxmlTarget writtenIn, Instant at) {
        String supported = !host.supportedVersions().isEmpty()
                ? host.supportedVersions().stream().map(QbxmlVersion::toString).collect(Collectors.joining(", "))
                : "up to " + qbxmlMajorVers + "." + qbxmlMinorVers + " (as the Web Connector reported)";
        directory.rememberQuickBooks(companyId, new QuickBooksSeen(host.productName(),
                writtenIn.country().name(), supported, writtenIn.version().toString(), at));
    }

    private static String describeOpen(FileIdentity open) {
        return open.isUnknown() ? "a file it did not name (no company information came with the first request)" : open.describe();
    }

    private static String describe(Company company) {
        return company.id() + " '" + company.name() + "'";
    }

    private static String braceless(String id) {
        return id.replace("{", "").replace("}", "").trim();
    }
}
