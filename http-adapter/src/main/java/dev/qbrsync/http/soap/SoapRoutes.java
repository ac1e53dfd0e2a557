package dev.qbrsync.http.soap;

import dev.qbrsync.http.access.Access;
import dev.qbrsync.codec.soap.SoapVersion;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.http.body.LimitedBody;
import io.javalin.config.JavalinConfig;

import java.io.InputStream;
import java.util.function.Predicate;

/** The Web Connector's routes: its WSDL on GET, its SOAP calls on POST, from the allowed networks only. */
public final class SoapRoutes {
    public static final String PATH = "/api/qbwc";

    private final SoapEndpoint soap;
    private final String wsdl;
    private final Predicate<String> allowedSource;
    private final long maxBodyBytes;

    /**
     * @param allowedSource whether a call from this client address may reach the endpoint (QBWC_ALLOWED_SOURCES)
     */
    public SoapRoutes(SoapEndpoint soap, String wsdl, Predicate<String> allowedSource, long maxBodyBytes) {
        this.soap = soap;
        this.wsdl = wsdl;
        this.allowedSource = allowedSource;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get(PATH, ctx -> ctx.contentType("text/xml; charset=utf-8").result(wsdl), Access.PUBLIC);
        config.routes.post(PATH, ctx -> {
            if (!allowedSource.test(ctx.ip())) {
                soap.refuse(ctx, new Caller(ctx.ip()), 403, SoapVersion.SOAP_11, "The Web Connector endpoint does "
                        + "not accept calls from " + ctx.ip() + " (QBWC_ALLOWED_SOURCES).");
                return;
            }
            try (InputStream body = LimitedBody.of(ctx, maxBodyBytes)) {
                soap.handle(ctx, body);
            }
        }, Access.PUBLIC);
    }
}
