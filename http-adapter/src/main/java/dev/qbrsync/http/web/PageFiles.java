package dev.qbrsync.http.web;

import dev.qbrsync.http.access.Access;
import dev.qbrsync.http.api.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The finance page's files, all from this jar: the page at {@value #PAGE}, its scripts and styles under
 * {@value #ASSETS} (one script, the metric catalog, made from the server's own lists), its icon at {@value #FAVICON}, and uPlot from its WebJar under /webjars. Nothing comes from
 * another site.
 */
public final class PageFiles {
    public static final String PAGE = "/";
    public static final String ASSETS = "/ui";
    /** Where browsers look for a site's icon unless the page names another. */
    public static final String FAVICON = "/favicon.ico";
    private static final String DIRECTORY = "/dev/qbrsync/http/web";

    private PageFiles() {
    }

    /** Whether the path serves the page: at {@value #PAGE}, or as the index of its files' directory. */
    public static boolean isPage(String path) {
        return path.equals(PAGE) || path.equals(ASSETS + "/") || path.equals(ASSETS + "/index.html");
    }

    public static void addTo(JavalinConfig config) {
        String page = new String(read(DIRECTORY + "/index.html"), StandardCharsets.UTF_8);
        byte[] icon = read(DIRECTORY + FAVICON);
        config.routes.get(PAGE, ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache")
                .result(page), Access.PUBLIC);
        String metricCatalog = MetricCatalog.script(Json.MAPPER);
        config.routes.get(MetricCatalog.PATH, ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "no-cache").result(metricCatalog), Access.PUBLIC);
        config.routes.get(FAVICON, ctx -> ctx.contentType("image/x-icon").header("Cache-Control", "max-age=86400")
                .result(icon), Access.PUBLIC);
        config.staticFiles.add(files -> {
            files.hostedPath = ASSETS;
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PageFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the http-adapter jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
