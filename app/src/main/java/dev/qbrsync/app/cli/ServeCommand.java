package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.RunningApplication;
import dev.qbrsync.http.HttpServer;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs the server until the process is stopped. */
public final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the Web Connector endpoint and REST API (the default)";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync [serve]

                Starts the server: SOAP endpoint and WSDL at <QBR_PUBLIC_URL>/api/qbwc, REST API under /api/qbwc/,
                health at /health. Without QBR_DATABASE_URL it runs embedded PostgreSQL in QBR_DATA_DIR.
                Web Connector logins need QBWC_PASSWORD_HASH (see hash-password); without it every login is
                refused. All settings: README, "Configuration".""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        AppConfig config = AppConfig.from(console.environment());
        RunningApplication application = RunningApplication.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (systemd, docker stop, Ctrl-C) runs shutdown hooks: the stop lets calls in flight finish first.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.stop();
            stopped.countDown();
        }, "qbr-sync-stop"));
        console.out().println("QBR Sync listening on port " + application.port() + "; Web Connector endpoint "
                + config.http().publicUrl() + HttpServer.SOAP_PATH);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
