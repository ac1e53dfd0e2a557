package dev.qbrsync.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server of {@link LoadBenchmark}, in a JVM of its own with the start command's options: the application as
 * {@code serve} runs it on its embedded PostgreSQL, with {@code companies} companies made for the connectors. When it
 * answers, it writes its port and the companies' ids, one a line, to {@code ready-file}; it stops when its standard
 * input ends, so it also stops when the benchmark's JVM ends however it ends.
 * <p>
 * Arguments: data-directory ready-file companies max-months-per-request trusted-proxies ("" for none).
 */
public final class LoadServer {
    static final int BCRYPT_COST = 10;

    private LoadServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = new HashMap<>(TestApp.embeddedEnvironment(Path.of(args[0])));
        env.put("QBR_SYNC_WINDOW_MONTHS", "24");
        env.put("QBR_MAX_MONTHS_PER_REQUEST", args[3]);
        if (!args[4].isEmpty()) {
            env.put("QBR_TRUSTED_PROXIES", args[4]);
        }
        RunningApplication application = RunningApplication.start(AppConfig.from(env), Clock.systemUTC());
        ManyCompanies many = new ManyCompanies(application.root(), BCRYPT_COST);
        List<String> lines = new ArrayList<>(List.of(Integer.toString(application.port())));
        for (int c = Integer.parseInt(args[2]); c > 0; c--) {
            lines.add(many.create());
        }
        Path ready = Path.of(args[1]);
        Path written = Files.write(ready.resolveSibling(ready.getFileName() + ".part"), lines);
        Files.move(written, ready, StandardCopyOption.ATOMIC_MOVE);
        System.in.transferTo(java.io.OutputStream.nullOutputStream());
        application.stop();
    }
}
