package org.sitrep.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.sitrep.app.Sitrep;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.Section;
import org.sitrep.model.Syndication;

/**
 * One record by id: an event with its reports (what {@code sitrep show} shows), a report, a document with its
 * reports and clean text. Records are the wire format's own ({@link SitrepJson}); what a route adds beside them
 * (an event's {@code reports}, a document's {@code text}) sits in members of its own.
 */
final class RecordHandlers {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Sitrep sitrep;
    private final SitrepJson json = SitrepJson.standard();

    RecordHandlers(Sitrep sitrep) {
        this.sitrep = sitrep;
    }

    /** An event (also by the id of an event it absorbed) with its reports: evidence, attribution, grades. */
    void event(Context ctx) {
        String id = ctx.pathParam("id");
        Event e = sitrep.event(id).orElseThrow(() -> Problem.notFound("no event with id '" + id + "'"));
        ObjectNode n = json.event(e);
        ArrayNode reports = n.putArray("reports");
        for (String r : e.reportIds()) {
            sitrep.report(r).ifPresent(rec -> reports.add(json.report(rec)));
        }
        answer(ctx, n);
    }

    void report(Context ctx) {
        String id = ctx.pathParam("id");
        ReportRecord r = sitrep.report(id).orElseThrow(() -> Problem.notFound("no report with id '" + id + "'"));
        answer(ctx, json.report(r));
    }

    /**
     * A document's metadata, whether it copies another, its reports in commit order, and its clean text with
     * sections (null when its original bytes are not stored); {@code text.spans_match} says whether every report's
     * evidence is at its offsets in this text.
     */
    void document(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentInfo d = sitrep.document(id).orElseThrow(() -> Problem.notFound("no document with id '" + id + "'"));
        ObjectNode n = json.document(d);
        Optional<Syndication> syn = sitrep.syndication(id);
        ObjectNode s = n.putObject("syndication");
        s.put("original_outlet", syn.map(Syndication::originalOutlet).orElse(null));
        s.put("duplicate_of", syn.map(Syndication::duplicateOf).orElse(null));
        List<ReportRecord> records = sitrep.reportsOf(id);
        ArrayNode reports = n.putArray("reports");
        records.forEach(r -> reports.add(json.report(r)));
        n.set("text", sitrep.documentText(id).map(t -> text(t, records)).orElse(null));
        answer(ctx, n);
    }

    private static ObjectNode text(Document doc, List<ReportRecord> reports) {
        ObjectNode t = F.objectNode();
        String text = doc.text();
        t.put("text", text);
        ArrayNode sections = t.putArray("sections");
        for (Section s : doc.sections()) {
            ObjectNode o = sections.addObject();
            o.put("kind", s.kind().wireName());
            o.put("label", s.label());
            o.put("start", s.span().start());
            o.put("end", s.span().end());
        }
        boolean match = reports.stream().map(r -> r.report().evidence()).allMatch(ev ->
                ev.span().end() <= text.length()
                        && text.substring(ev.span().start(), ev.span().end()).equals(ev.text()));
        t.put("spans_match", match);
        return t;
    }

    static void answer(Context ctx, ObjectNode n) {
        ctx.contentType("application/json");
        ctx.result(SitrepJson.standard().write(n));
    }
}
