package org.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Candidate;
import org.sitrep.model.Contradiction;
import org.sitrep.model.DateSpan;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Grade;
import org.sitrep.model.Location;
import org.sitrep.model.Measure;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.SourceTally;
import org.sitrep.model.Status;
import org.sitrep.model.ValueSource;

/**
 * Writes documents, reports and events as JSON straight to a generator: the one definition of their members and
 * member order. The store writes every report and event of an ingest; building a tree of nodes for each only to
 * serialise it at once had cost as much as the serialising. Trees, where a caller wants one, are read from what is
 * written here ({@link SitrepJson#report(ReportRecord)}). A null string, number or part is written as JSON null.
 * Stateless and thread-safe.
 */
final class RecordWriter {

    private RecordWriter() {
    }

    static void document(JsonGenerator g, DocumentInfo d) throws IOException {
        g.writeStartObject();
        string(g, "id", d.id());
        string(g, "path", d.path());
        string(g, "title", d.title());
        string(g, "outlet", d.outlet());
        string(g, "published", d.published() == null ? null : d.published().toString());
        string(g, "published_source", d.publishedSource() == null ? null : d.publishedSource().text());
        strings(g, "flags", d.flags());
        string(g, "author", d.author());
        g.writeFieldName("published_source_mention");
        mention(g, d.publishedSource());
        string(g, "media_type", d.mediaType());
        string(g, "encoding", d.encoding());
        g.writeEndObject();
    }

    static void report(JsonGenerator g, ReportRecord rec) throws IOException {
        Report r = rec.report();
        g.writeStartObject();
        string(g, "id", r.id());
        string(g, "kind", r.kind().wireName());
        string(g, "event_id", r.eventId());
        g.writeFieldName("document");
        document(g, rec.document());
        string(g, "section", r.section().wireName());
        g.writeFieldName("evidence");
        g.writeStartObject();
        string(g, "text", r.evidence().text());
        g.writeNumberField("start", r.evidence().span().start());
        g.writeNumberField("end", r.evidence().span().end());
        g.writeEndObject();
        string(g, "event_type", r.subEventType() == null ? null : r.subEventType().eventType().label());
        string(g, "sub_event_type", r.subEventType() == null ? null : r.subEventType().label());
        actors(g, "actor1", r.actor1());
        actors(g, "actor2", r.actor2());
        actors(g, "assoc_actor1", r.assocActor1());
        actors(g, "assoc_actor2", r.assocActor2());
        location(g, r.location());
        date(g, r.date());
        quantity(g, "fatalities", r.fatalities());
        quantity(g, "count", r.count());
        string(g, "modality", r.modality().wireName());
        g.writeArrayFieldStart("attribution");
        for (Attribution a : r.attribution()) {
            g.writeStartObject();
            string(g, "name", a.name());
            string(g, "role", a.role().wireName());
            g.writeFieldName("mention");
            mention(g, a.mention());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "flags", r.flags());
        quantity(g, "injured", r.injured());
        g.writeFieldName("trigger");
        mention(g, r.trigger());
        g.writeFieldName("plover");
        if (r.ploverEvent() == null && r.ploverMode() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            string(g, "event", r.ploverEvent());
            string(g, "mode", r.ploverMode());
            g.writeEndObject();
        }
        string(g, "cameo", r.cameoRoot());
        string(g, "factbank", r.modality().factBank());
        measures(g, r.measures());
        if (r.status() != null) {
            status(g, r.status());
        }
        g.writeEndObject();
    }

    static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        string(g, "id", e.id());
        string(g, "event_type", e.subEventType() == null ? null : e.subEventType().eventType().label());
        string(g, "sub_event_type", e.subEventType() == null ? null : e.subEventType().label());
        actors(g, "actor1", e.actor1());
        actors(g, "actor2", e.actor2());
        location(g, e.location());
        date(g, e.date());
        integer(g, "fatalities", e.fatalities());
        strings(g, "report_ids", e.reportIds());
        strings(g, "sources", e.sources());
        strings(g, "flags", e.flags());
        actors(g, "assoc_actor1", e.assocActor1());
        actors(g, "assoc_actor2", e.assocActor2());
        string(g, "fatalities_note", e.fatalitiesNote());
        provenance(g, e.provenance());
        tally(g, e.tally());
        contradictions(g, e.contradictions());
        grade(g, e.grade());
        string(g, "first_reported", e.firstReported() == null ? null : e.firstReported().toString());
        string(g, "last_reported", e.lastReported() == null ? null : e.lastReported().toString());
        g.writeEndObject();
    }

    // ---- parts -------------------------------------------------------------------------------------------

    private static void string(JsonGenerator g, String member, String value) throws IOException {
        g.writeFieldName(member);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void integer(JsonGenerator g, String member, Integer value) throws IOException {
        g.writeFieldName(member);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.intValue());
        }
    }

    private static void decimal(JsonGenerator g, String member, Double value) throws IOException {
        g.writeFieldName(member);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    private static void strings(JsonGenerator g, String member, List<String> values) throws IOException {
        g.writeArrayFieldStart(member);
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    private static void mention(JsonGenerator g, Mention m) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "text", m.text());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeEndObject();
    }

    private static void actors(JsonGenerator g, String member, List<ActorRef> actors) throws IOException {
        g.writeArrayFieldStart(member);
        for (ActorRef r : actors) {
            g.writeStartObject();
            string(g, "name", r.name());
            string(g, "id", r.id());
            g.writeFieldName("mention");
            mention(g, r.mention());
            integer(g, "category", r.category());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void location(JsonGenerator g, Location l) throws IOException {
        g.writeFieldName("location");
        if (l == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "name", l.name());
        g.writeFieldName("mention");
        mention(g, l.mention());
        decimal(g, "lat", l.lat());
        decimal(g, "lon", l.lon());
        integer(g, "geo_precision", l.geoPrecision());
        string(g, "gazetteer_id", l.gazetteerId());
        string(g, "admin1", l.admin1());
        string(g, "country", l.country());
        g.writeArrayFieldStart("candidates");
        for (Candidate c : l.candidates()) {
            g.writeStartObject();
            string(g, "gazetteer_id", c.gazetteerId());
            string(g, "name", c.name());
            g.writeNumberField("lat", c.lat());
            g.writeNumberField("lon", c.lon());
            string(g, "country", c.country());
            string(g, "admin1", c.admin1());
            g.writeNumberField("score", c.score());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, DateSpan d) throws IOException {
        g.writeFieldName("date");
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "start", d.start().toString());
        string(g, "end", d.end().toString());
        string(g, "precision", d.precision().wireName());
        g.writeFieldName("mention");
        mention(g, d.mention());
        strings(g, "flags", d.flags());
        g.writeEndObject();
    }

    /** A number and the words it came from: {@code member} and {@code member_mention}, both null when absent. */
    private static void quantity(JsonGenerator g, String member, Quantity q) throws IOException {
        integer(g, member, q == null ? null : q.value());
        g.writeFieldName(member + "_mention");
        mention(g, q == null ? null : q.mention());
    }

    /** Equipment and displacement numbers: {kind, value, value_mention, what, phrase} each. */
    private static void measures(JsonGenerator g, List<Measure> measures) throws IOException {
        g.writeArrayFieldStart("measures");
        for (Measure m : measures) {
            g.writeStartObject();
            string(g, "kind", m.kind().wireName());
            quantity(g, "value", m.quantity());
            string(g, "what", m.what());
            g.writeFieldName("phrase");
            mention(g, m.phrase());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A status observation's state, subject kind, the words stating it and their hedge. */
    private static void status(JsonGenerator g, Status s) throws IOException {
        g.writeObjectFieldStart("status");
        string(g, "state", s.state().wireName());
        string(g, "subject", s.subject().wireName());
        g.writeFieldName("mention");
        mention(g, s.mention());
        string(g, "qualifier", s.qualifier());
        g.writeFieldName("at");
        mention(g, s.at());
        g.writeEndObject();
    }

    // ---- an event's assessment ---------------------------------------------------------------------------

    private static void provenance(JsonGenerator g, List<ValueSource> values) throws IOException {
        g.writeArrayFieldStart("provenance");
        for (ValueSource v : values) {
            g.writeStartObject();
            string(g, "field", v.field());
            string(g, "report_id", v.reportId());
            string(g, "source", v.source());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void tally(JsonGenerator g, SourceTally t) throws IOException {
        g.writeObjectFieldStart("tally");
        g.writeNumberField("documents", t.documents());
        g.writeNumberField("outlets", t.outlets().size());
        g.writeNumberField("independent_sources", t.independent());
        strings(g, "outlet_names", t.outlets());
        strings(g, "speakers", t.speakers());
        strings(g, "independent_source_names", t.independentSources());
        strings(g, "notes", t.notes());
        g.writeEndObject();
    }

    private static void contradictions(JsonGenerator g, List<Contradiction> values) throws IOException {
        g.writeArrayFieldStart("contradictions");
        for (Contradiction c : values) {
            g.writeStartObject();
            string(g, "kind", c.kind().wireName());
            string(g, "summary", c.summary());
            g.writeArrayFieldStart("sides");
            for (Contradiction.Side side : c.sides()) {
                g.writeStartObject();
                string(g, "position", side.position());
                strings(g, "report_ids", side.reportIds());
                strings(g, "sources", side.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void grade(JsonGenerator g, Grade grade) throws IOException {
        g.writeFieldName("grade");
        if (grade == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "code", grade.code());
        string(g, "reliability", String.valueOf(grade.reliability()));
        g.writeNumberField("credibility", grade.credibility());
        string(g, "airwars", grade.airwars() == null ? null : grade.airwars().label());
        strings(g, "reasons", grade.reasons());
        g.writeEndObject();
    }
}
