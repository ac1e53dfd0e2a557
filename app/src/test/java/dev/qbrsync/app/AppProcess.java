package dev.qbrsync.app;

import dev.qbrsync.app.cli.ClassArchiveCommand;
import dev.qbrsync.app.cli.Console;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar qbr-sync.jar serve} in a JVM of its own, so a test can SIGTERM it or kill it with -9. */
final class AppProcess {
    private static final Pattern LISTENING = Pattern.compile("QBR Sync listening on port (\\d+)");

    final Process process;
    final int port;
    private final StringBuffer output;

    private AppProcess(Process process, int port, StringBuffer output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts {@code serve} with this environment and the start command's JVM options; returns once it listens. */
    static AppProcess serve(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaCommand(Main.class, "serve")).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuffer output = new StringBuffer();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(process, output, listening), "app-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new AppProcess(process, listening.get(120, TimeUnit.SECONDS), output);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("serve did not start:\n" + output, e);
        }
    }

    /** {@code java} with the start command's JVM options, running {@code mainClass} on this JVM's class path. */
    static List<String> javaCommand(Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ClassArchiveCommand.SERVE_JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void read(Process process, StringBuffer output, CompletableFuture<Integer> listening) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    listening.complete(Integer.parseInt(matcher.group(1)));
                }
            }
            listening.completeExceptionally(new IllegalStateException("serve ended"));
        } catch (IOException e) {
            listening.completeExceptionally(new UncheckedIOException(e));
        }
    }

    /** A new API token, made with the token command beside the running server, as an operator would. */
    static String createApiToken(Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), InputStream.nullInputStream(), null, environment);
        if (Main.run(List.of("token", "create", "tests"), console) != 0) {
            throw new IllegalStateException("token create failed: " + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8).strip().lines().reduce((first, last) -> last).orElseThrow();
    }

    /** A GET of the REST API with a token; the body of a 200 answer. */
    String apiGet(String path, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/api/qbwc");
    }

    /** kill -9: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemd or docker stop send it; returns the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not stop within 60 s of SIGTERM:\n" + output);
        }
        return process.exitValue();
    }

    String output() {
        return output.toString();
    }
}
