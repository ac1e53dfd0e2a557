package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.QwcFile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the .qwc file an admin adds to the Web Connector. */
public final class QwcCommand implements Command {

    @Override
    public String name() {
        return "qwc";
    }

    @Override
    public String summary() {
        return "write the .qwc file to add in the QuickBooks Web Connector";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync qwc [--out FILE] [--minutes N]

                Writes a .qwc file for the Web Connector: AppURL <QBR_PUBLIC_URL>/api/qbwc, the user QBWC_USERNAME,
                a stable OwnerID (kept in QBR_DATA_DIR), a fresh FileID, IsReadOnly true, and a schedule.
                  --out FILE     where to write it (default qbr-sync.qwc)
                  --minutes N    run every N minutes (default 60)
                QBWC accepts http only for localhost: set QBR_PUBLIC_URL to an https address otherwise.""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Arguments args = new Arguments(arguments);
        AppConfig config = AppConfig.from(console.environment());
        URI url = URI.create(config.publicUrl());
        boolean localhost = "localhost".equalsIgnoreCase(url.getHost());
        if (!"https".equalsIgnoreCase(url.getScheme()) && !localhost) {
            console.err().println("QBR_PUBLIC_URL is " + config.publicUrl() + ": the Web Connector requires https "
                    + "for every host but localhost (QBWC1051). Set QBR_PUBLIC_URL=https://your.host");
            return 2;
        }
        if (url.getHost() != null && url.getHost().matches("[0-9.]+|\\[.*]")) {
            console.err().println("QBR_PUBLIC_URL must use a host name, not an IP address: the Web Connector refuses "
                    + "IP addresses in AppURL.");
            return 2;
        }
        Path out = Path.of(args.option("--out", "qbr-sync.qwc"));
        int minutes = args.number("--minutes", 60);
        try {
            String ownerId = QwcFile.ownerId(config.dataDirectory());
            Files.writeString(out, QwcFile.render(config.publicUrl(), config.qbwcUserName(), ownerId, minutes));
        } catch (IOException e) {
            console.err().println("Could not write " + out + ": " + e.getMessage());
            return 1;
        }
        console.out().println("Wrote " + out.toAbsolutePath() + ". Add it in the Web Connector (Add an application) "
                + "and type the password you hashed into QBWC_PASSWORD_HASH.");
        return 0;
    }
}
