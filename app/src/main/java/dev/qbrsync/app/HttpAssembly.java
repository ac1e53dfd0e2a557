package dev.qbrsync.app;

import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.access.FirstAdminSetup;
import dev.qbrsync.core.exchange.FailSafeWebConnector;
import dev.qbrsync.http.HttpServer;
import dev.qbrsync.http.HttpServices;
import dev.qbrsync.http.HttpSettings;
import dev.qbrsync.http.soap.QwcFiles;
import dev.qbrsync.persistence.Database;
import io.javalin.Javalin;

/** The HTTP server on the core's services, with the settings of the HTTP and page groups. */
final class HttpAssembly {
    private HttpAssembly() {
    }

    static Javalin server(AppConfig config, QbwcCore core, Database database, PrometheusMetrics prometheus,
                          FirstAdminSetup firstAdminSetup, QwcFiles qwcFiles) {
        HttpServices services = new HttpServices(new FailSafeWebConnector(core.webConnector()),
                core.mappingAdministration(), core.accountsReview(), core.overview(), core.apiAccess(),
                core.ruleChangePreview(), core.browserAccess(), core.companyAdministration(),
                new DatabaseReadiness(database), prometheus, firstAdminSetup, qwcFiles);
        return HttpServer.create(services, settings(config));
    }

    private static HttpSettings settings(AppConfig config) {
        AppConfig.Http http = config.http();
        HttpSettings settings = new HttpSettings(http.host(), http.port(), http.publicUrl(), http.maxBodyBytes(),
                http.tlsKeystore().map(keystore -> new HttpSettings.Tls(keystore,
                        http.tlsKeystorePassword().toCharArray())),
                http.trustedProxies(), http.webConnectorSources(), http.corsOrigins(), http.stopTimeout());
        return config.page().signInProvider().map(provider -> settings.withSignInProvider(provider.provider()))
                .orElse(settings);
    }
}
