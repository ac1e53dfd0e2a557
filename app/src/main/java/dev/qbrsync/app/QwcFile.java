package dev.qbrsync.app;

import dev.qbrsync.http.HttpServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * The Web Connector's application file. The OwnerID identifies QBR Sync to QuickBooks and must never change once
 * used, so it is made once and kept in the data directory; the FileID is fresh for each file. No password goes in.
 */
public final class QwcFile {
    private static final String OWNER_ID_FILE = "qbwc-owner-id.txt";

    private QwcFile() {
    }

    public static String render(String publicUrl, String userName, String ownerId, int runEveryMinutes) {
        return """
                <?xml version="1.0"?>
                <QBWCXML>
                  <AppName>QBR Sync</AppName>
                  <AppID></AppID>
                  <AppURL>%s</AppURL>
                  <AppDescription>Monthly Profit and Loss and employee counts for the QBR dashboard (read-only)</AppDescription>
                  <AppSupport>%s/health</AppSupport>
                  <UserName>%s</UserName>
                  <OwnerID>%s</OwnerID>
                  <FileID>{%s}</FileID>
                  <QBType>QBFS</QBType>
                  <Scheduler>
                    <RunEveryNMinutes>%d</RunEveryNMinutes>
                  </Scheduler>
                  <IsReadOnly>true</IsReadOnly>
                </QBWCXML>
                """.formatted(escape(publicUrl + HttpServer.SOAP_PATH), escape(publicUrl), escape(userName), ownerId,
                UUID.randomUUID().toString().toUpperCase(Locale.ROOT), runEveryMinutes);
    }

    /** The installation's OwnerID, created on first use. */
    public static String ownerId(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(OWNER_ID_FILE);
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        Files.createDirectories(dataDirectory);
        String ownerId = "{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}";
        Files.writeString(file, ownerId + System.lineSeparator());
        return ownerId;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
