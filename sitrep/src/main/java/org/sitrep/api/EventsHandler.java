package org.sitrep.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.sitrep.app.Sitrep;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Cursor;
import org.sitrep.model.Event;

/**
 * {@code GET /events}: one page of the events a filter selects, in the store's order (date, undated last, then
 * id). JSON pages carry {@code next_cursor} (null on the last page); every format also names the next page in a
 * {@code Link: <...>; rel="next"} header. A page is read once and written in the asked format, so what is written
 * and where the next page starts always agree.
 */
final class EventsHandler {
    private final Sitrep sitrep;
    private final SitrepJson json = SitrepJson.standard();

    EventsHandler(Sitrep sitrep) {
        this.sitrep = sitrep;
    }

    void list(Context ctx) throws IOException {
        EventParams p = EventParams.parse(ctx.queryParamMap());
        if (p.format() == EventParams.Format.JSON) {
            listJson(ctx, p);
            return;
        }
        List<Event> page = sitrep.events(p.pageQuery());
        if (page.size() > p.limit()) {
            page = page.subList(0, p.limit());
            linkNext(ctx, Cursor.after(page.get(page.size() - 1)).encode());
        }
        ctx.contentType(p.format().mediaType);
        StringWriter w = new StringWriter();
        sitrep.export(p.format().export, page, w);
        ctx.result(w.toString());
    }

    /**
     * The JSON page: the stored events' JSON passed through as the store holds it (the same form {@code
     * SitrepJson.event} writes), so a page costs its query and a copy, not decoding and writing each event again;
     * only the page's last event is decoded, for its cursor.
     */
    private void listJson(Context ctx, EventParams p) {
        List<String> page = sitrep.eventJson(p.pageQuery());
        String next = null;
        if (page.size() > p.limit()) {
            page = page.subList(0, p.limit());
            next = Cursor.after(json.readEvent(page.get(page.size() - 1))).encode();
            linkNext(ctx, next);
        }
        int size = 64;
        for (String e : page) {
            size += e.length() + 1;
        }
        StringBuilder body = new StringBuilder(size).append("{\"events\":[");
        for (int i = 0; i < page.size(); i++) {
            body.append(i == 0 ? "" : ",").append(page.get(i));
        }
        body.append("],\"next_cursor\":").append(next == null ? "null"
                : json.write(JsonNodeFactory.instance.textNode(next))).append('}');
        ctx.contentType(p.format().mediaType);
        ctx.result(body.toString());
    }

    private static void linkNext(Context ctx, String cursor) {
        ctx.header("Link", "<" + nextLink(ctx, cursor) + ">; rel=\"next\"");
    }

    /** This request's address with the cursor of the next page (parameters in name order, values encoded). */
    private static String nextLink(Context ctx, String cursor) {
        Map<String, List<String>> params = new TreeMap<>(ctx.queryParamMap());
        params.put("cursor", List.of(cursor));
        StringJoiner q = new StringJoiner("&");
        params.forEach((name, values) -> values.forEach(v -> q.add(encode(name) + "=" + encode(v))));
        return ctx.path() + "?" + q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
