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
     * Whether {@code open} is this company's file: the company names must agree, and then the FileIDs (when both are
     * known) or else the paths. A file that says too little to tell is not taken for this one.
     */
    public boolean sameCompanyAs(FileIdentity open) {
        if (companyName.isEmpty() || open.companyName.isEmpty()
                || !companyName.toLowerCase(Locale.ROOT).equals(open.companyName.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!fileId.isEmpty() && !open.fileId.isEmpty()) {
            return fileId.equalsIgnoreCase(open.fileId);
        }
        return !filePath.isEmpty() && filePath.equalsIgnoreCase(open.filePath);
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
