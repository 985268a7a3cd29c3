package org.sitrep.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.sitrep.app.Failures;
import org.sitrep.app.Grading;
import org.sitrep.app.Sitrep;
import org.sitrep.json.SitrepJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code sitrep serve}: the API's routes under {@link #BASE} over one open {@link Sitrep},
 * shared by every request (reads run concurrently on the store's pooled read connections; uploads one at a time).
 * Reads are open to anyone who can reach the address, which is loopback unless told otherwise; writes need the
 * bearer token. Every error is a problem document; internal failures are logged, never sent.
 */
public final class ApiServer implements AutoCloseable {
    public static final String BASE = "/api/v1";
    static final String OPENAPI_RESOURCE = "openapi.json";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving {@code sitrep} on {@code bind}:{@code port} (port 0: any free port).
     *
     * @param tokenFile the file holding the bearer token that writes need; null: the server is read-only
     * @throws IllegalArgumentException when the token file cannot be used
     */
    public static ApiServer start(Sitrep sitrep, String bind, int port, java.nio.file.Path tokenFile,
                                  Grading grading) {
        BearerToken token = tokenFile == null ? null : BearerToken.read(tokenFile);
        Javalin app = Javalin.create(config -> configure(config, sitrep, token, grading));
        app.start(bind, port);
        return new ApiServer(app);
    }

    private static void configure(JavalinConfig config, Sitrep sitrep, BearerToken token, Grading grading) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        // room for a document of the largest size sitrep reads plus a multipart envelope; the handler says 413
        config.http.maxRequestSize = Sitrep.MAX_DOCUMENT_BYTES + 64 * 1024;
        EventsHandler events = new EventsHandler(sitrep);
        RecordHandlers records = new RecordHandlers(sitrep);
        UploadHandler upload = new UploadHandler(sitrep, grading, Sitrep.MAX_DOCUMENT_BYTES);
        AggregateHandler aggregate = new AggregateHandler(sitrep);
        WebPage.configure(config);
        var routes = config.routes;
        // answers are data, never pages to run or sniff: a browser that opens one directly runs nothing
        routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            WebPage.headers(ctx);
        });
        routes.get(BASE + "/health", ctx -> health(ctx, sitrep));
        routes.get(BASE + "/openapi.json", ApiServer::openApi);
        routes.get(BASE + "/events", events::list);
        routes.get(BASE + "/events/aggregate", aggregate::aggregate);
        routes.get(BASE + "/events/{id}", records::event);
        routes.get(BASE + "/reports/{id}", records::report);
        routes.get(BASE + "/documents/{id}", records::document);
        routes.post(BASE + "/documents", writer(token, upload::upload));
        AnalysisHandlers.register(routes, sitrep);
        aggregate.prepare();
        routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                problem(ctx, new Problem(e.getStatus(), e.getMessage(), null)));
        routes.exception(Exception.class, ApiServer::failure);
        routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith(Problem.MEDIA_TYPE)) { // a handler's own 404 stays
                problem(ctx, Problem.notFound("no route " + ctx.method() + " " + ctx.path()));
            }
        });
        routes.error(405, ctx -> problem(ctx, new Problem(405, ctx.method() + " is not allowed on " + ctx.path(),
                null)));
    }

    /** A write: refused unless the request carries the token (and refused on a server started without one). */
    private static Handler writer(BearerToken token, Handler handler) {
        return ctx -> {
            if (token == null) {
                throw new Problem(403, "this server is read-only: it was started without --token-file", null);
            }
            if (!token.accepts(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new Problem(401, "writes need the header 'Authorization: Bearer <token>' with the server's "
                        + "token", null);
            }
            handler.handle(ctx);
        };
    }

    private static void health(Context ctx, Sitrep sitrep) {
        var counts = sitrep.counts();
        var n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        n.put("status", "ok");
        n.put("documents", counts.documents());
        n.put("reports", counts.reports());
        n.put("events", counts.events());
        RecordHandlers.answer(ctx, n);
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the jar");
            }
            ctx.contentType("application/json");
            ctx.result(in.readAllBytes());
        }
    }

    private static void problem(Context ctx, Problem p) {
        ctx.status(p.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.result(SitrepJson.standard().write(p.json()));
    }

    /** Anything else: the user's to fix (a store that cannot be read) says so; a fault of ours is logged only. */
    private static void failure(Exception e, Context ctx) {
        Optional<String> expected = Failures.explain(e);
        if (expected.isPresent()) {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), expected.get());
            problem(ctx, new Problem(503, expected.get(), null));
        } else {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, new Problem(500, "internal error (logged by the server)", null));
        }
    }

    /** The routes this server answers, as "METHOD /path" (the OpenAPI document must describe exactly these). */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().filter(p -> p.endpoint.method.isHttpMethod())
                .map(p -> p.endpoint.method.name() + " " + p.endpoint.path).toList();
    }

    /** The port the server listens on (the one chosen when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
