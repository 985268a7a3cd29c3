package org.sitrep.json;

import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import static org.sitrep.json.AssessmentJson.contradictions;
import static org.sitrep.json.AssessmentJson.grade;
import static org.sitrep.json.AssessmentJson.provenance;
import static org.sitrep.json.AssessmentJson.tally;
import static org.sitrep.json.JsonFields.array;
import static org.sitrep.json.JsonFields.integer;
import static org.sitrep.json.JsonFields.localDate;
import static org.sitrep.json.JsonFields.number;
import static org.sitrep.json.JsonFields.optionalNumber;
import static org.sitrep.json.JsonFields.required;
import static org.sitrep.json.JsonFields.stringList;
import static org.sitrep.json.JsonFields.text;
import static org.sitrep.json.JsonFields.wireEnum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Candidate;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Measure;
import org.sitrep.model.MeasureKind;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Status;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Writes and reads sitrep's records as JSON. Member names are snake_case and part of the public contract; members
 * are always written in the same order so equal records give equal text. Readers ignore members they do not know,
 * and members derived from others ({@code event_type}, {@code factbank}) are written for consumers but not read
 * back. Immutable and thread-safe.
 */
public final class SitrepJson {
    private static final SitrepJson STANDARD = new SitrepJson(new ObjectMapper());

    private final ObjectMapper mapper;
    private final Utf8Writer utf8;

    private SitrepJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.utf8 = new Utf8Writer(mapper);
    }

    public static SitrepJson standard() {
        return STANDARD;
    }

    // ---- text --------------------------------------------------------------------------------------------

    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    public JsonNode parse(String json) {
        try {
            JsonNode n = mapper.readTree(json);
            if (n == null || !n.isObject()) {
                throw new JsonFormatException("expected a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new JsonFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The UTF-8 bytes of {@link #write}'s text, written as bytes ({@link Utf8Writer}). */
    public byte[] writeUtf8(JsonNode node) {
        return utf8.write(node);
    }

    public String writeReport(ReportRecord r) {
        return utf8.text(g -> RecordWriter.report(g, r));
    }

    /** {@link #writeReport}'s text as UTF-8, written as bytes ({@link Utf8Writer}). */
    public byte[] writeReportUtf8(ReportRecord r) {
        return utf8.write(g -> RecordWriter.report(g, r));
    }

    public ReportRecord readReport(String json) {
        return report(parse(json));
    }

    public String writeEvent(Event e) {
        return utf8.text(g -> RecordWriter.event(g, e));
    }

    /** {@link #writeEvent}'s text as UTF-8, written as bytes ({@link Utf8Writer}). */
    public byte[] writeEventUtf8(Event e) {
        return utf8.write(g -> RecordWriter.event(g, e));
    }

    public Event readEvent(String json) {
        return event(parse(json));
    }

    /**
     * Reads an event's facts from the narrow form a store may select instead of the whole event: the event's
     * members id, sub_event_type, actor1, location, date and sources, and {@code first_report}, the first of its
     * {@code report_ids} (null when it has none); or from the whole record, its other members passed over.
     */
    public EventFacts readEventFacts(String json) {
        return EventFactsReader.read(json);
    }

    /**
     * The same, from bytes as a store holds them: the JSON's UTF-8 (no string is made of the whole) or the compact
     * form of {@link EventFactsBytes}, told apart by the first byte.
     */
    public EventFacts readEventFacts(byte[] utf8) {
        return EventFactsBytes.isFacts(utf8) ? EventFactsBytes.read(utf8) : EventFactsReader.read(utf8);
    }

    public String writeDocument(DocumentInfo d) {
        return utf8.text(g -> RecordWriter.document(g, d));
    }

    public DocumentInfo readDocument(String json) {
        return document(parse(json));
    }

    // ---- documents ---------------------------------------------------------------------------------------

    /** A document's JSON as a tree: the members {@link RecordWriter} writes. */
    public ObjectNode document(DocumentInfo d) {
        return utf8.tree(g -> RecordWriter.document(g, d));
    }

    public DocumentInfo document(JsonNode n) {
        return checked("document", () -> documentOf(n));
    }

    private DocumentInfo documentOf(JsonNode n) {
        LocalDate published = localDate(n, "published");
        Mention source = mention(n.get("published_source_mention"), "document.published_source_mention");
        return new DocumentInfo(required(n, "id"), required(n, "path"), text(n, "title"), text(n, "outlet"),
                text(n, "author"), published, source, text(n, "media_type"), text(n, "encoding"),
                stringList(n, "flags"));
    }

    // ---- reports -----------------------------------------------------------------------------------------

    /** A report's JSON as a tree: the members {@link RecordWriter} writes. */
    public ObjectNode report(ReportRecord rec) {
        return utf8.tree(g -> RecordWriter.report(g, rec));
    }

    private static Status status(JsonNode n, String reportId) {
        if (n == null || n.isNull()) {
            return null;
        }
        String where = "report " + reportId + " status";
        Status.State state = Status.State.parse(text(n, "state"))
                .orElseThrow(() -> new JsonFormatException(where + ": unknown state '" + text(n, "state") + "'"));
        Status.Subject subject = Status.Subject.parse(text(n, "subject"))
                .orElseThrow(() -> new JsonFormatException(where + ": unknown subject '" + text(n, "subject") + "'"));
        Mention m = mention(n.get("mention"), where);
        if (m == null) {
            throw new JsonFormatException(where + ": missing member 'mention'");
        }
        return new Status(state, subject, m, text(n, "qualifier"), mention(n.get("at"), where + " at"));
    }

    public ReportRecord report(JsonNode n) {
        return checked("report", () -> reportOf(n));
    }

    private ReportRecord reportOf(JsonNode n) {
        JsonNode docNode = n.get("document");
        if (docNode == null || !docNode.isObject()) {
            throw new JsonFormatException("report " + text(n, "id") + ": missing member 'document'");
        }
        DocumentInfo doc = document(docNode);
        JsonNode ev = n.get("evidence");
        if (ev == null || !ev.isObject()) {
            throw new JsonFormatException("report " + text(n, "id") + ": missing member 'evidence'");
        }
        Evidence evidence = new Evidence(doc.id(), required(ev, "text"), span(ev, "evidence"));
        JsonNode plover = n.get("plover");
        Report r = new Report(
                required(n, "id"),
                wireEnum(ReportKind.class, required(n, "kind"), "kind"),
                text(n, "event_id"),
                doc.id(),
                wireEnum(SectionKind.class, required(n, "section"), "section"),
                evidence,
                mention(n.get("trigger"), "trigger"),
                subEventType(n),
                plover == null || plover.isNull() ? null : text(plover, "event"),
                plover == null || plover.isNull() ? null : text(plover, "mode"),
                text(n, "cameo"),
                actors(n, "actor1"), actors(n, "actor2"), actors(n, "assoc_actor1"), actors(n, "assoc_actor2"),
                location(n.get("location")),
                date(n.get("date")),
                quantity(n, "fatalities"),
                quantity(n, "injured"),
                quantity(n, "count"),
                Modality.parse(required(n, "modality"))
                        .orElseThrow(() -> new JsonFormatException("unknown modality: " + text(n, "modality"))),
                attribution(n.get("attribution")),
                stringList(n, "flags"),
                measures(n.get("measures")),
                status(n.get("status"), text(n, "id")));
        return new ReportRecord(r, doc);
    }

    // ---- events ------------------------------------------------------------------------------------------

    /** An event's JSON as a tree: the members {@link RecordWriter} writes. */
    public ObjectNode event(Event e) {
        return utf8.tree(g -> RecordWriter.event(g, e));
    }

    public Event event(JsonNode n) {
        return checked("event", () -> eventOf(n));
    }

    private Event eventOf(JsonNode n) {
        JsonNode fat = n.get("fatalities");
        return new Event(required(n, "id"), subEventType(n),
                actors(n, "actor1"), actors(n, "actor2"), actors(n, "assoc_actor1"), actors(n, "assoc_actor2"),
                location(n.get("location")), date(n.get("date")),
                fat == null || fat.isNull() ? null : integer(fat, "fatalities"),
                stringList(n, "report_ids"), stringList(n, "sources"), stringList(n, "flags"),
                text(n, "fatalities_note"), provenance(n.get("provenance")), tally(n.get("tally")),
                contradictions(n.get("contradictions")), grade(n.get("grade")), localDate(n, "first_reported"),
                localDate(n, "last_reported"));
    }

    /**
     * A record whose members are each well formed can still break a rule of the model (an actor category outside
     * 1..8, a span ending before it starts): that is bad input too, and readers hear it as the codec's one failure.
     */
    private static <T> T checked(String what, Supplier<T> read) {
        try {
            return read.get();
        } catch (JsonFormatException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new JsonFormatException(what + ": " + e.getMessage(), e);
        }
    }

    // ---- parts -------------------------------------------------------------------------------------------

    private static Mention mention(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new JsonFormatException(where + ": a mention is an object {text, start, end}");
        }
        return new Mention(required(n, "text"), span(n, where));
    }

    private static Span span(JsonNode n, String where) {
        int start = integer(n.get("start"), where + ".start");
        int end = integer(n.get("end"), where + ".end");
        try {
            return new Span(start, end);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<ActorRef> actors(JsonNode parent, String member) {
        List<ActorRef> out = new ArrayList<>();
        for (JsonNode o : array(parent, member)) {
            JsonNode cat = o.get("category");
            Mention m = mention(o.get("mention"), member + ".mention");
            if (m == null) {
                throw new JsonFormatException(member + ": an actor needs its mention");
            }
            try {
                out.add(new ActorRef(required(o, "name"), text(o, "id"),
                        cat == null || cat.isNull() ? null : integer(cat, member + ".category"), m));
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException(member + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Location location(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        Mention m = mention(n.get("mention"), "location.mention");
        if (m == null) {
            throw new JsonFormatException("location: a location needs its mention");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode c : array(n, "candidates")) {
            candidates.add(new Candidate(text(c, "gazetteer_id"), text(c, "name"), number(c, "lat"),
                    number(c, "lon"), text(c, "country"), text(c, "admin1"), number(c, "score")));
        }
        JsonNode gp = n.get("geo_precision");
        try {
            return new Location(required(n, "name"), m, optionalNumber(n, "lat"), optionalNumber(n, "lon"),
                    gp == null || gp.isNull() ? null : integer(gp, "location.geo_precision"),
                    text(n, "gazetteer_id"), text(n, "admin1"), text(n, "country"), candidates);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("location: " + e.getMessage(), e);
        }
    }

    private static DateSpan date(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        LocalDate start = localDate(n, "start");
        LocalDate end = localDate(n, "end");
        if (start == null || end == null) {
            throw new JsonFormatException("date: start and end are required");
        }
        try {
            return new DateSpan(start, end, wireEnum(DatePrecision.class, required(n, "precision"), "date.precision"),
                    mention(n.get("mention"), "date.mention"), stringList(n, "flags"));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("date: " + e.getMessage(), e);
        }
    }

    private static Quantity quantity(JsonNode n, String member) {
        JsonNode v = n.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        Mention m = mention(n.get(member + "_mention"), member + "_mention");
        if (m == null) {
            throw new JsonFormatException(member + ": a number needs the words it came from (" + member
                    + "_mention)");
        }
        return new Quantity(integer(v, member), m);
    }

    private static List<Measure> measures(JsonNode n) {
        List<Measure> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new JsonFormatException("measures: expected an array");
        }
        for (JsonNode o : n) {
            String wire = required(o, "kind");
            MeasureKind kind = MeasureKind.parse(wire)
                    .orElseThrow(() -> new JsonFormatException("measures.kind: unknown value '" + wire + "'"));
            Quantity q = quantity(o, "value");
            if (q == null) {
                throw new JsonFormatException("measures: a measure needs its value");
            }
            try {
                out.add(new Measure(kind, q, text(o, "what"), mention(o.get("phrase"), "measures.phrase")));
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException("measures: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<Attribution> attribution(JsonNode n) {
        List<Attribution> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        for (JsonNode o : n) {
            out.add(new Attribution(required(o, "name"),
                    wireEnum(Attribution.Role.class, required(o, "role"), "attribution.role"),
                    mention(o.get("mention"), "attribution.mention")));
        }
        return out;
    }

    private static SubEventType subEventType(JsonNode n) {
        String label = text(n, "sub_event_type");
        if (label == null) {
            return null;
        }
        return SubEventType.parse(label)
                .orElseThrow(() -> new JsonFormatException("unknown sub_event_type: " + label));
    }

    /** A stored day, "YYYY-MM-DD", as the codec reads it (fast for that shape); a DateTimeException otherwise. */
    public static LocalDate isoDay(String s) {
        return JsonFields.isoDay(s);
    }
}
