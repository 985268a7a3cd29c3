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
    private static final byte[] HEAD = "{\"events\":[".getBytes(StandardCharsets.UTF_8);
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
     * SitrepJson.event} writes, in UTF-8), so a page costs its query and a copy of its bytes, not decoding and
     * writing each event again, nor turning the text into Java strings and back (under load over 1,000,000 events
     * that round trip and its garbage were a fifth of the server's CPU); only the page's last event is decoded, for
     * its cursor.
     */
    private void listJson(Context ctx, EventParams p) {
        List<byte[]> page = sitrep.eventJson(p.pageQuery());
        String next = null;
        if (page.size() > p.limit()) {
            page = page.subList(0, p.limit());
            next = Cursor.after(json.readEvent(new String(page.get(page.size() - 1), StandardCharsets.UTF_8)))
                    .encode();
            linkNext(ctx, next);
        }
        byte[] tail = ("],\"next_cursor\":" + (next == null ? "null"
                : json.write(JsonNodeFactory.instance.textNode(next))) + "}").getBytes(StandardCharsets.UTF_8);
        int size = HEAD.length + tail.length + Math.max(0, page.size() - 1);
        for (byte[] e : page) {
            size += e.length;
        }
        byte[] body = new byte[size];
        System.arraycopy(HEAD, 0, body, 0, HEAD.length);
        int at = HEAD.length;
        for (int i = 0; i < page.size(); i++) {
            if (i > 0) {
                body[at++] = ',';
            }
            byte[] e = page.get(i);
            System.arraycopy(e, 0, body, at, e.length);
            at += e.length;
        }
        System.arraycopy(tail, 0, body, at, tail.length);
        ctx.contentType(p.format().mediaType);
        ctx.result(body);
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
