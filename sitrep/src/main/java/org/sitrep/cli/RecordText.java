package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.ActorRef;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Syndication;
import org.sitrep.model.Event;
import org.sitrep.model.Grade;
import org.sitrep.model.SourceTally;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Report;

/** Human-readable descriptions of stored records for {@code sitrep show}, with evidence and provenance. */
final class RecordText {
    private final PrintWriter out;

    RecordText(PrintWriter out) {
        this.out = out;
    }

    void event(Event e, List<ReportRecord> reports) {
        out.println("event " + e.id());
        field("type", e.subEventType() == null ? null
                : e.subEventType().eventType().label() + " / " + e.subEventType().label());
        field("date", date(e.date()));
        field("place", place(e.location()));
        field("actor1", actors(e.actor1()));
        field("actor2", actors(e.actor2()));
        field("assoc_actor1", actors(e.assocActor1()));
        field("assoc_actor2", actors(e.assocActor2()));
        field("fatalities", e.fatalities() == null ? "unknown" : e.fatalities().toString());
        if (e.fatalitiesNote() != null) {
            field("fatalities_note", e.fatalitiesNote());
        }
        field("sources", String.join("; ", e.sources()));
        field("flags", String.join(", ", e.flags()));
        field("reported", e.firstReported() == null ? null
                : e.firstReported() + (e.lastReported().equals(e.firstReported()) ? "" : " to " + e.lastReported()));
        SourceTally t = e.tally();
        field("documents", t.documents() + " (outlets: " + String.join("; ", t.outlets()) + ")");
        field("independent", t.independent() + (t.independentSources().isEmpty() ? ""
                : " (" + String.join("; ", t.independentSources()) + ")"));
        for (String note : t.notes()) {
            out.println("    " + note);
        }
        if (e.grade() != null) {
            Grade g = e.grade();
            field("grade", g.code() + (g.airwars() == null ? "" : ", Airwars: " + g.airwars().label()));
            for (String reason : g.reasons()) {
                out.println("    - " + reason);
            }
        }
        if (!e.contradictions().isEmpty()) {
            out.println("contradictions (" + e.contradictions().size() + "):");
            for (Contradiction c : e.contradictions()) {
                out.println("  " + c.kind().wireName() + ": " + c.summary());
                for (Contradiction.Side side : c.sides()) {
                    out.println("    " + side.position() + " — " + String.join("; ", side.sources())
                            + " [" + String.join(", ", side.reportIds()) + "]");
                }
            }
        }
        out.println("reports (" + e.reportIds().size() + "):");
        for (String id : e.reportIds()) {
            ReportRecord r = reports.stream().filter(x -> x.report().id().equals(id)).findFirst().orElse(null);
            if (r == null) {
                out.println("  " + id + " (not in this store)");
            } else {
                out.println("  report " + id);
                evidence(r, "    ");
            }
        }
        out.flush();
    }

    void report(ReportRecord rec) {
        Report r = rec.report();
        out.println("report " + r.id() + " (" + r.kind().wireName() + ", " + r.section().wireName() + ")");
        field("event", r.eventId());
        field("type", r.subEventType() == null ? null
                : r.subEventType().eventType().label() + " / " + r.subEventType().label());
        field("trigger", mention(r.trigger()));
        field("date", date(r.date()));
        field("place", place(r.location()));
        field("actor1", actors(r.actor1()));
        field("actor2", actors(r.actor2()));
        field("assoc_actor1", actors(r.assocActor1()));
        field("assoc_actor2", actors(r.assocActor2()));
        field("fatalities", r.fatalities() == null ? null
                : r.fatalities().value() + " (\"" + r.fatalities().mention().text() + "\")");
        field("count", r.count() == null ? null : r.count().value() + " (\"" + r.count().mention().text() + "\")");
        field("modality", r.modality().wireName() + " (FactBank " + r.modality().factBank() + ")");
        field("flags", String.join(", ", r.flags()));
        evidence(rec, "");
        out.flush();
    }

    void document(DocumentInfo d, List<ReportRecord> reports, Syndication copy) {
        out.println("document " + d.id());
        field("path", d.path());
        field("title", d.title());
        field("outlet", d.outlet());
        field("author", d.author());
        field("published", d.published() == null ? "unknown" : d.published()
                + (d.publishedSource() == null ? "" : " (from \"" + d.publishedSource().text() + "\")"));
        field("flags", String.join(", ", d.flags()));
        if (copy != null && copy.originalOutlet() != null) {
            field("republishes", copy.originalOutlet() + " (the page says so)");
        }
        if (copy != null && copy.duplicateOf() != null) {
            field("copy_of", copy.duplicateOf() + " (near-identical text; one source, not two)");
        }
        out.println("reports (" + reports.size() + "):");
        for (ReportRecord r : reports) {
            out.println("  " + r.report().id() + " [" + r.report().evidence().span().start() + ", "
                    + r.report().evidence().span().end() + ") " + oneLine(r.report().evidence().text()));
        }
        out.flush();
    }

    /** The evidence sentence, where it stands, and who says so. */
    private void evidence(ReportRecord rec, String indent) {
        Report r = rec.report();
        DocumentInfo d = rec.document();
        out.println(indent + "evidence: \"" + oneLine(r.evidence().text()) + "\"");
        out.println(indent + "  in " + d.path() + " [" + r.evidence().span().start() + ", "
                + r.evidence().span().end() + ") document " + d.id()
                + (d.outlet() == null ? "" : ", " + d.outlet())
                + (d.published() == null ? ", publication date unknown" : ", published " + d.published()));
        if (!r.attribution().isEmpty()) {
            out.println(indent + "  says so: " + r.attribution().stream()
                    .map(a -> a.name() + " (" + a.role().wireName() + ")").collect(Collectors.joining(" <- ")));
        }
        out.println(indent + "  modality: " + r.modality().wireName());
    }

    private void field(String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.println("  " + name + ": " + value);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String mention(Mention m) {
        return m == null ? null : "\"" + m.text() + "\" [" + m.span().start() + ", " + m.span().end() + ")";
    }

    private static String date(DateSpan d) {
        if (d == null) {
            return "unknown";
        }
        String when = d.start().equals(d.end()) ? d.start().toString() : d.start() + " to " + d.end();
        return when + " (" + d.precision().wireName() + ")" + (d.mention() == null ? "" : " from " + mention(d.mention()));
    }

    private static String place(Location l) {
        if (l == null) {
            return "unknown";
        }
        StringBuilder s = new StringBuilder(l.name());
        if (l.admin1() != null) {
            s.append(", ").append(l.admin1());
        }
        if (l.country() != null) {
            s.append(", ").append(l.country());
        }
        s.append(l.resolved() ? " (" + l.lat() + ", " + l.lon() + ")" : " (not placed on the map)");
        return s.append(" from ").append(mention(l.mention())).toString();
    }

    private static String actors(List<ActorRef> actors) {
        return actors.stream().map(a -> a.name() + (a.id() == null ? "" : " [" + a.id() + "]")
                + " from " + mention(a.mention())).collect(Collectors.joining("; "));
    }
}
