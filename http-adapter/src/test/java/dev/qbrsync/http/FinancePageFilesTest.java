package dev.qbrsync.http;

import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.review.Kpi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance page and everything it loads come from this server, and the page can work under its Content Security
 * Policy: no inline script, style or event handler anywhere, nothing from another origin.
 */
class FinancePageFilesTest {
    private static final Pattern LOCAL_ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([a-z_]+)\"");
    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)));
    }

    @Test
    void thePageIsServedAtTheRootUnderAStrictPolicyThatAllowsOnlyItsOwnFiles() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'").contains("script-src 'self'").contains("style-src 'self'")
                .contains("connect-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe")
                .doesNotContain("http");
        assertThat(get("/health").headers().firstValue("Content-Security-Policy").orElseThrow())
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void everyFileThePageNamesIsServedFromThisServer() throws Exception {
        String page = get("/").body();
        List<String> assets = LOCAL_ASSET.matcher(page).results().map(match -> match.group(1))
                .filter(path -> !path.startsWith("#")).toList();

        assertThat(assets).contains("/ui/js/main.js", "/ui/app.css", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("style=")
                .doesNotContainPattern("\\son[a-z]+=").doesNotContain("//cdn").doesNotContain("https://");
        for (String asset : assets) {
            HttpResponse<String> file = get(asset);
            assertThat(file.statusCode()).as(asset).isEqualTo(200);
            assertThat(file.headers().firstValue("X-Content-Type-Options")).as(asset).contains("nosniff");
        }
    }

    @Test
    void onlyThePagesOwnFilesAreServedNotTheCompiledClassesBesideThem() throws Exception {
        assertThat(get("/ui/app.css").headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(get("/ui/index.html").body()).isEqualTo(get("/").body());
        assertThat(get("/ui/").body()).isEqualTo(get("/").body());
        assertThat(get("/ui/PageFiles.class").statusCode()).isEqualTo(404);
        assertThat(get("/ui/js/no-such-file.js").statusCode()).isEqualTo(404);
        assertThat(get("/webjars/uplot/1.6.30/dist/uPlot.min.css").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/css");
    }

    @Test
    void everyScriptOfThePageIsServedAndNoneBuildsHtmlFromText() throws Exception {
        for (String script : List.of("main.js", "api.js", "dom.js", "format.js", "view.js", "signin.js", "chart.js",
                "metric-keys.js", "metric-catalog.js", "rule-form.js", "rule-preview.js", "review-charts.js", "pages/overview.js",
                "pages/metrics.js", "pages/review.js", "pages/accounts.js", "pages/rules.js", "pages/history.js",
                "pages/admin.js", "admin/companies.js", "admin/tokens.js", "admin/waiting.js")) {
            HttpResponse<String> file = get("/ui/js/" + script);

            assertThat(file.statusCode()).as(script).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).as(script).contains("javascript");
            assertThat(file.body()).as(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("eval(").doesNotContain("localStorage")
                    .doesNotContain("sessionStorage").doesNotContain("document.cookie");
        }
        assertThat(get("/ui/js/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theIconBrowsersAskForIsServedFromTheJar() throws Exception {
        HttpResponse<byte[]> icon = server.client.send(HttpRequest.newBuilder(server.uri("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).contains("image/x-icon");
        assertThat(Arrays.copyOf(icon.body(), 4)).as("an ICO file's header").containsExactly(0, 0, 1, 0);
        assertThat(get("/").body()).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
    }

    @Test
    void thePageNamesTheSameMetricsKpisSectionsAndMatchTypesAsTheServer() throws Exception {
        String catalog = get("/ui/js/metric-catalog.js").body();
        List<String> codes = CODE.matcher(catalog).results()
                .map(match -> match.group(1)).toList();

        List<String> metrics = Arrays.stream(MetricKey.values()).map(MetricKey::code).toList();
        List<String> sections = Arrays.stream(ReportSection.values()).map(section -> section.name()
                .toLowerCase(Locale.ROOT)).toList();
        List<String> kpis = Arrays.stream(Kpi.values()).map(Kpi::code).toList();
        List<String> matchTypes = Arrays.stream(MatchType.values()).map(type -> type.name()
                .toLowerCase(Locale.ROOT)).toList();
        assertThat(codes).isEqualTo(Stream.of(metrics, kpis, sections, matchTypes).flatMap(List::stream).toList());
        assertThat(catalog).contains("{\"code\":\"owner_comp\",\"label\":\"Owner comp.\",\"kind\":\"expense\"}",
                "{\"code\":\"annual_service_rev_per_employee\",\"label\":\"Annual service revenue per employee\","
                        + "\"unit\":\"money\"}", "{\"code\":\"cost_of_goods_sold\",\"label\":\"Cost of Goods Sold\"}",
                "{\"code\":\"words\",\"label\":\"words: whole words inside the name\"}");
        assertThat(get("/ui/js/metric-keys.js").body()).as("the page keeps no copy of the lists")
                .doesNotContain("'nrr'").doesNotContain("\"nrr\"").contains("from './metric-catalog.js'");
        assertThat(get("/ui/js/rule-form.js").body()).as("the rule form keeps no copy of the match types")
                .doesNotContain("'regex'").contains("MATCH_TYPES");
    }
}
