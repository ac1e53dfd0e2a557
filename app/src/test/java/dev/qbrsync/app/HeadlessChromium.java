package dev.qbrsync.app;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * The Chromium and chromedriver that Debian packages (apt-get install chromium chromium-driver), driven headless.
 * Where either is missing, the calling test is skipped with a message saying so; nothing is ever downloaded.
 */
final class HeadlessChromium {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final Duration INSTALLATION_TIMEOUT = Duration.ofMinutes(10);

    private HeadlessChromium() {
    }

    /** Skips the calling test, saying why, when the machine has no Chromium or no chromedriver. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(isInstalled(), () -> "Skipping the browser test: this machine has no "
                + (browser().isEmpty() ? "Chromium" : "chromedriver") + " on its PATH (on Debian: apt-get install "
                + "chromium chromium-driver; .ci/run installs them).");
    }

    static boolean isInstalled() {
        awaitInstallationBesideTheBuild();
        return browser().isPresent() && onPath("chromedriver").isPresent();
    }

    /**
     * .ci/run installs a missing Chromium while the modules before this one build, and names a file it writes when
     * apt-get has ended (QBR_CHROMIUM_INSTALL_ENDED); the first browser test waits for it, at most ten minutes.
     */
    private static void awaitInstallationBesideTheBuild() {
        String ended = System.getenv("QBR_CHROMIUM_INSTALL_ENDED");
        if (ended == null) {
            return;
        }
        Instant giveUp = Instant.now().plus(INSTALLATION_TIMEOUT);
        try {
            while (!Files.exists(Path.of(ended)) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A headless Chromium of the given size; skips the calling test when the machine has none. */
    static ChromeDriver start(int width, int height) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().orElseThrow().toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver").orElseThrow().toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Ends the browser, then the application it drove; either may be missing when the test was skipped. */
    static void quit(ChromeDriver browser, AutoCloseable app) {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            try {
                app.close();
            } catch (Exception e) {
                throw new IllegalStateException("The application did not stop", e);
            }
        }
    }

    /** Saves the whole page, below the window's edge too, as target/screenshots/{name}.png. */
    static Path screenshot(ChromeDriver browser, String name) {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page wrote to the browser's console, errors and Content Security Policy reports included. */
    static List<String> consoleMessages(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    private static Optional<Path> browser() {
        return BROWSERS.stream().map(HeadlessChromium::onPath).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable).findFirst();
    }
}
