package org.sitrep.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

/**
 * The web page at {@code /}: plain HTML, CSS and JavaScript from the jar ({@link #RESOURCES}), the map library from
 * its WebJar under {@code /webjars/}, and the offline basemap ({@code basemap.geojson}, built by
 * {@code scripts/basemap/build.sh}). Every answer outside the API carries a strict Content-Security-Policy: scripts
 * and styles from this server only, no inline script, no eval, no plug-ins, no framing, no form posts, data from
 * this server only. The page itself never turns data into markup (it writes text nodes), so a document full of
 * script tags stays text; the policy is the second wall.
 */
final class WebPage {
    static final String RESOURCES = "/org/sitrep/api/web";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
            + "object-src 'none'";

    private WebPage() {
    }

    static void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = RESOURCES;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
    }

    /** The headers of every answer outside the API (the API's own are stricter still: it serves no page). */
    static void headers(Context ctx) {
        if (!ctx.path().startsWith(ApiServer.BASE + "/") && !ctx.path().equals(ApiServer.BASE)) {
            ctx.header("Content-Security-Policy", POLICY);
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
            ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        }
    }
}
