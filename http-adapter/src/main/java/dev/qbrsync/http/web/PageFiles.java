package dev.qbrsync.http.web;

import dev.qbrsync.http.access.Access;
import dev.qbrsync.http.api.Json;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.http.MimeTypes;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The finance page's files, all from this jar: the page at {@value #PAGE}, its scripts and styles under
 * {@value #ASSETS} (one script, the metric catalog, made from the server's own lists), its icon at {@value #FAVICON}, and
 * uPlot from its WebJar under {@value #WEBJARS}, all held in memory ({@link ClasspathFiles}). Nothing comes from
 * another site.
 */
public final class PageFiles {
    public static final String PAGE = "/";
    public static final String ASSETS = "/ui";
    /** Where browsers look for a site's icon unless the page names another. */
    public static final String FAVICON = "/favicon.ico";
    private static final String DIRECTORY = "dev/qbrsync/http/web";
    private static final String WEBJARS = "/webjars";
    private static final String WEBJAR_DIRECTORY = "META-INF/resources/webjars";

    private PageFiles() {
    }

    /** Whether the path serves the page: at {@value #PAGE}, or as the index of its files' directory. */
    public static boolean isPage(String path) {
        return path.equals(PAGE) || path.equals(ASSETS + "/") || path.equals(ASSETS + "/index.html");
    }

    public static void addTo(JavalinConfig config) {
        Map<String, byte[]> files = ClasspathFiles.under(DIRECTORY);
        String page = new String(required(files, "index.html"), StandardCharsets.UTF_8);
        byte[] icon = required(files, FAVICON.substring(1));
        config.routes.get(PAGE, ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache")
                .result(page), Access.PUBLIC);
        String metricCatalog = MetricCatalog.script(Json.MAPPER);
        config.routes.get(MetricCatalog.PATH, ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "no-cache").result(metricCatalog), Access.PUBLIC);
        config.routes.get(FAVICON, ctx -> ctx.contentType("image/x-icon").header("Cache-Control", "max-age=86400")
                .result(icon), Access.PUBLIC);
        config.routes.get(ASSETS + "/", ctx -> ctx.contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache").result(page), Access.PUBLIC);
        serve(config, ASSETS, files, "no-cache");
        serve(config, WEBJARS, ClasspathFiles.under(WEBJAR_DIRECTORY), "max-age=31622400");
    }

    /** One route per file, so no other route under the same path is shadowed and an unknown file is a plain 404. */
    private static void serve(JavalinConfig config, String hostedPath, Map<String, byte[]> files, String caching) {
        files.forEach((path, contents) -> {
            String type = MimeTypes.DEFAULTS.getMimeByExtension(path);
            config.routes.get(hostedPath + "/" + path, ctx -> ctx.contentType(type == null
                    ? "application/octet-stream" : type).header("Cache-Control", caching).result(contents),
                    Access.PUBLIC);
        });
    }

    private static byte[] required(Map<String, byte[]> files, String name) {
        byte[] contents = files.get(name);
        if (contents == null) {
            throw new IllegalStateException(DIRECTORY + "/" + name + " is missing from the http-adapter jar");
        }
        return contents;
    }
}
