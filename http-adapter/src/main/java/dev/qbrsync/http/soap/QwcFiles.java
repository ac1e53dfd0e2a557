package dev.qbrsync.http.soap;

import dev.qbrsync.core.company.Company;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Web Connector's application file, one per company, as the {@code qwc} command writes it and the admin page
 * downloads it. The OwnerID identifies this installation to QuickBooks and never changes once used; the FileID is the
 * company's, so its file can be told from every other. No password goes in.
 */
public final class QwcFiles {
    public static final int DEFAULT_RUN_EVERY_MINUTES = 60;

    private final String publicUrl;
    private final Supplier<String> ownerId;

    /** @param ownerId the installation's OwnerID, asked for only when a file is rendered */
    public QwcFiles(String publicUrl, Supplier<String> ownerId) {
        this.publicUrl = publicUrl;
        this.ownerId = ownerId;
    }

    /** Why the Web Connector would refuse this installation's files; empty when it would accept them. */
    public Optional<String> publicUrlProblem() {
        return problemWith(publicUrl);
    }

    /**
     * Why the Web Connector would refuse a file pointing at {@code publicUrl}: it needs https for every host but
     * localhost (QBWC1051), and a host name, not an IP address. Empty when it would accept it.
     */
    public static Optional<String> problemWith(String publicUrl) {
        URI url = URI.create(publicUrl);
        boolean localhost = "localhost".equalsIgnoreCase(url.getHost());
        if (!"https".equalsIgnoreCase(url.getScheme()) && !localhost) {
            return Optional.of("QBR_PUBLIC_URL is " + publicUrl + ": the Web Connector requires https for every host "
                    + "but localhost (QBWC1051). Set QBR_PUBLIC_URL=https://your.host");
        }
        if (url.getHost() != null && url.getHost().matches("[0-9.]+|\\[.*]")) {
            return Optional.of("QBR_PUBLIC_URL must use a host name, not an IP address: the Web Connector refuses IP "
                    + "addresses in AppURL.");
        }
        return Optional.empty();
    }

    /**
     * The company's .qwc: its own AppName (the Web Connector lists applications by name, so each company needs its
     * own), its user and FileID, and the installation's OwnerID.
     */
    public String render(Company company, int runEveryMinutes) {
        return """
                <?xml version="1.0"?>
                <QBWCXML>
                  <AppName>%s</AppName>
                  <AppID></AppID>
                  <AppURL>%s</AppURL>
                  <AppDescription>Monthly Profit and Loss and employee counts for the QBR dashboard (read-only)</AppDescription>
                  <AppSupport>%s/health</AppSupport>
                  <UserName>%s</UserName>
                  <OwnerID>%s</OwnerID>
                  <FileID>%s</FileID>
                  <QBType>QBFS</QBType>
                  <Scheduler>
                    <RunEveryNMinutes>%d</RunEveryNMinutes>
                  </Scheduler>
                  <IsReadOnly>true</IsReadOnly>
                </QBWCXML>
                """.formatted(escape(appName(company)), escape(publicUrl + SoapRoutes.PATH), escape(publicUrl),
                escape(company.qbwcUser()), ownerId.get(), company.qwcFileId(), runEveryMinutes);
    }

    /** A file name for the download: the company's id, so two companies' files never overwrite each other. */
    public static String fileName(Company company) {
        return "qbr-sync-" + company.id().value().replaceAll("[^A-Za-z0-9_-]", "_") + ".qwc";
    }

    static String appName(Company company) {
        return "QBR Sync - " + company.name();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
