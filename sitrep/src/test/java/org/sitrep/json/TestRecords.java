package org.sitrep.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Candidate;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Measure;
import org.sitrep.model.MeasureKind;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Hand-built documents, reports and events for store, export and codec tests (our own wording). */
public final class TestRecords {
    private TestRecords() {
    }

    public static Document document(String id, String text, String outlet, LocalDate published) {
        Mention pubSource = published == null ? null : Mention.of(published.toString(), 0, 10);
        return new Document(id, "articles/" + id + ".txt", "text/plain", "UTF-8", text, text, OffsetMap.identity(),
                "Title of " + id, outlet, null, published, pubSource,
                List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")), List.of());
    }

    public static ActorRef actor(String name, String id, Integer category, int at) {
        return new ActorRef(name, id, category, Mention.of(name, at, at + name.length()));
    }

    /** A fully populated event report (every optional value set) with its evidence at [start, end). */
    public static Report fullReport(String documentId, int ordinal, SubEventType type, String place, Double lat,
                                    Double lon, LocalDate day, Integer killed, String speaker, String outlet) {
        Span span = new Span(ordinal * 100, ordinal * 100 + 80);
        String id = Report.idFor(documentId, span, ordinal);
        Location loc = place == null ? null : new Location(place, Mention.of(place, span.start() + 40,
                span.start() + 40 + place.length()), lat, lon, lat == null ? null : 1,
                lat == null ? null : "gn:" + place.length(), "Aleppo", "Syria",
                List.of(new Candidate("gn:1", place, 36.2, 37.1, "SY", "Aleppo", 0.75)));
        DateSpan date = day == null ? null : new DateSpan(day, day, DatePrecision.DAY,
                Mention.of("on Tuesday", span.start() + 60, span.start() + 70), List.of("weekday_checked"));
        List<Attribution> chain = new ArrayList<>();
        if (speaker != null) {
            chain.add(new Attribution(speaker, Attribution.Role.SPEAKER, Mention.of(speaker, span.start(),
                    span.start() + speaker.length())));
        }
        if (outlet != null) {
            chain.add(new Attribution(outlet, Attribution.Role.DOCUMENT_OUTLET, null));
        }
        return new Report(id, ReportKind.EVENT, Event.idFor(id), documentId, SectionKind.BODY,
                new Evidence(documentId, "Evidence sentence " + ordinal + " about " + place + ".", span),
                Mention.of("struck", span.start() + 10, span.start() + 16), type, "ASSAULT", "aerial", "18",
                List.of(actor("Syrian Air Force", "SAF", 1, span.start() + 20)),
                List.of(actor("civilians", null, 7, span.start() + 30)),
                List.of(actor("Russian Air Force", "RUAF", 8, span.start() + 50)), List.of(),
                loc, date,
                killed == null ? null : new Quantity(killed, Mention.of(Integer.toString(killed), span.start() + 2,
                        span.start() + 4)),
                new Quantity(3, Mention.of("three", span.start() + 5, span.start() + 10)),
                null, Modality.REPORTED, chain, List.of("checked"));
    }

    /** The full report with an equipment and a displacement measure, each pointing into its evidence span. */
    public static Report measuredReport(String documentId, int ordinal) {
        Report r = fullReport(documentId, ordinal, SubEventType.ARMED_CLASH, "Tal Rifat", null, null, null, 2, null,
                "SANA");
        int at = r.evidence().span().start();
        return r.withMeasures(List.of(
                new Measure(MeasureKind.EQUIPMENT_DESTROYED, new Quantity(2, Mention.of("two", at + 20, at + 23)),
                        "tank", Mention.of("destroyed two tanks", at + 10, at + 29)),
                new Measure(MeasureKind.DISPLACED, new Quantity(1000, Mention.of("Thousands", at + 40, at + 49)),
                        "families", null)));
    }

    /** The smallest valid report: every optional value unknown. */
    public static Report minimalReport(String documentId, int ordinal) {
        Span span = new Span(ordinal * 10, ordinal * 10 + 5);
        return new Report(Report.idFor(documentId, span, ordinal), ReportKind.EVENT, null, documentId,
                SectionKind.QUOTE, new Evidence(documentId, "Hello", span), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Modality.ASSERTED, null, null);
    }

    public static Report countReport(String documentId, int ordinal, int count) {
        Span span = new Span(ordinal * 10, ordinal * 10 + 8);
        return new Report(Report.idFor(documentId, span, ordinal), ReportKind.COUNT, null, documentId,
                SectionKind.BODY, new Evidence(documentId, "12 raids", span), null, null, null, null, null,
                null, null, null, null, null, null, null, null,
                new Quantity(count, Mention.of(Integer.toString(count), span.start(), span.start() + 2)),
                Modality.ASSERTED, null, null);
    }

    /** The event the standard linker makes of one event report. */
    public static Event eventOf(Report r) {
        List<String> sources = new ArrayList<>();
        for (Attribution a : r.attribution()) {
            if (a.role() != Attribution.Role.SPEAKER) {
                sources.add(a.name());
            }
        }
        return new Event(Event.idFor(r.id()), r.subEventType(), r.actor1(), r.actor2(), r.assocActor1(),
                r.assocActor2(), r.location(), r.date(), r.fatalities() == null ? null : r.fatalities().value(),
                List.of(r.id()), sources, List.of());
    }
}
