package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document the server serves parses without messages and describes exactly the registered routes. */
class OpenApiDocumentTest {
    @TempDir
    Path dir;

    @Test
    void openApi_parsesAndItsOperationsAreTheRegisteredRoutes() throws IOException {
        try (ApiFixture api = new ApiFixture(dir, List.of(), false)) {
            HttpResponse<String> r = api.get(ApiServer.BASE + "/openapi.json");
            assertEquals(200, r.statusCode());
            SwaggerParseResult parsed = new OpenAPIParser().readContents(r.body(), null, null);
            assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages());
            OpenAPI doc = parsed.getOpenAPI();
            assertNotNull(doc);
            assertEquals(ApiServer.BASE, doc.getServers().get(0).getUrl());
            TreeSet<String> described = new TreeSet<>();
            for (Map.Entry<String, PathItem> p : doc.getPaths().entrySet()) {
                p.getValue().readOperationsMap().keySet()
                        .forEach(m -> described.add(m.name() + " " + ApiServer.BASE + p.getKey()));
            }
            assertEquals(new TreeSet<>(api.server.routes()), described);
            // the events route's parameters are the ones it reads (it names them when refusing an unknown one)
            TreeSet<String> documented = new TreeSet<>();
            doc.getPaths().get("/events").getGet().getParameters().forEach(p -> documented.add(p.getName()));
            String detail = ApiFixture.problem(api.get(ApiServer.BASE + "/events?zzz=1"), 400).get("detail").asText();
            String known = detail.substring(detail.indexOf("known: ") + 7, detail.lastIndexOf(')'));
            assertEquals(documented, new TreeSet<>(List.of(known.split(", "))));
        }
    }
}
