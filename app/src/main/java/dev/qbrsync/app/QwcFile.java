package dev.qbrsync.app;

import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.QbwcGuid;
import dev.qbrsync.http.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Web Connector's application file, one per company. The OwnerID identifies this installation to QuickBooks and
 * never changes once used; the FileID is the company's, so its file can be told from every other. No password goes in.
 */
public final class QwcFile {
    private static final String OWNER_ID_FILE = "qbwc-owner-id.txt";

    private QwcFile() {
    }

    /**
     * The company's .qwc: its own AppName (the Web Connector lists applications by name, so each company needs its
     * own), its user and FileID, and the installation's OwnerID.
     */
    public static String render(String publicUrl, Company company, String ownerId, int runEveryMinutes) {
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
                """.formatted(escape(appName(company)), escape(publicUrl + HttpServer.SOAP_PATH), escape(publicUrl),
                escape(company.qbwcUser()), ownerId, company.qwcFileId(), runEveryMinutes);
    }

    static String appName(Company company) {
        return "QBR Sync - " + company.name();
    }

    /**
     * The OwnerID to store when the database has none yet: the one an earlier version kept in the data directory, so
     * the .qwc files already added keep working, or else a new one.
     */
    public static String proposedOwnerId(Path dataDirectory) {
        Path file = dataDirectory.resolve(OWNER_ID_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return QbwcGuid.random();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
