package dev.qbrsync.core.company;

import java.util.Locale;

/**
 * Which QuickBooks company file a Web Connector session had open, as far as it said: the company's name (CompanyQuery),
 * the FileID the Web Connector keeps in the file for our application (empty when unknown), and the file's path.
 */
public record FileIdentity(String companyName, String fileId, String filePath) {

    public static final FileIdentity UNKNOWN = new FileIdentity("", "", "");

    public FileIdentity {
        companyName = companyName == null ? "" : companyName.trim();
        fileId = fileId == null ? "" : fileId.trim();
        filePath = filePath == null ? "" : filePath.trim();
    }

    /**
     * Whether {@code open} is surely this company's file: the company names must agree, and then the FileIDs (when both
     * are known) or else the paths, however they are spelled (see {@link CompanyFilePath}). A file that says too
     * little to tell is not taken for this one.
     */
    public boolean sameCompanyAs(FileIdentity open) {
        if (!sameCompanyName(open)) {
            return false;
        }
        if (!fileId.isEmpty() && !open.fileId.isEmpty()) {
            return fileId.equalsIgnoreCase(open.fileId);
        }
        return CompanyFilePath.sameFile(filePath, open.filePath);
    }

    /**
     * Whether {@code open} may be this file, as far as anything proves: only different FileIDs prove two files
     * different; without them, QuickBooks' company name is the file's own word for which company it holds, so the same
     * name, however the path is spelled, may be the same file.
     */
    public boolean mayBeSameFileAs(FileIdentity open) {
        if (!fileId.isEmpty() && !open.fileId.isEmpty()) {
            return fileId.equalsIgnoreCase(open.fileId);
        }
        return sameCompanyName(open) || CompanyFilePath.sameFile(filePath, open.filePath);
    }

    private boolean sameCompanyName(FileIdentity open) {
        return !companyName.isEmpty()
                && companyName.toLowerCase(Locale.ROOT).equals(open.companyName.toLowerCase(Locale.ROOT));
    }

    /** Nothing was said about the file at all. */
    public boolean isUnknown() {
        return companyName.isEmpty() && fileId.isEmpty() && filePath.isEmpty();
    }

    public String describe() {
        String name = companyName.isEmpty() ? "an unnamed company" : "'" + companyName + "'";
        return filePath.isEmpty() ? name : name + " (" + filePath + ")";
    }
}
