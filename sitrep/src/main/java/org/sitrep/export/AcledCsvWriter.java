package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * Events as an ACLED-style CSV (RFC 4180: CRLF line ends, fields quoted when needed). Count observations are
 * never events, so they never appear. Unknown values are empty cells, except fatalities, which ACLED codes 0 when
 * unknown; such rows say so in {@code notes}. ACLED rows always carry a date, so an undated event is left out and
 * counted ({@link Written#undated()}). The country comes from the event's place, else from the focus country of
 * its documents, and the notes say when the place is unresolved or unknown. The {@code timestamp} is the latest publication date (00:00 UTC,
 * epoch seconds) of the documents behind the event, so the same store always exports the same file.
 */
public final class AcledCsvWriter {
    public static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");

    static final int CIVILIANS = 7;
    private static final String LIST_SEPARATOR = "; ";
    /** The merger's flag for an event none of whose reports says it happened. */
    static final String UNASSERTED = "unasserted";

    private final CountryTable countries;
    private final Function<Location, Optional<String>> acledAdmin1;
    private final Function<Event, Optional<String>> focusCountry;

    /** What a write did: rows written, and events left out for want of a date. */
    public record Written(int rows, int undated) {
        /** A line for the user when events were left out, else empty. */
        public Optional<String> note() {
            return undated == 0 ? Optional.empty() : Optional.of(undated + (undated == 1 ? " event" : " events")
                    + " left out of the ACLED CSV: no event date is known (ACLED rows need one)");
        }
    }

    public AcledCsvWriter() {
        this(CountryTable.standard(), loc -> Optional.empty());
    }

    /**
     * A writer that spells admin1 as ACLED does ("Idleb", "Deir-ez-Zor") where {@code acledAdmin1} knows the unit
     * of a resolved location; elsewhere the location's own admin1 name is written.
     */
    public AcledCsvWriter(Function<Location, Optional<String>> acledAdmin1) {
        this(CountryTable.standard(), acledAdmin1);
    }

    AcledCsvWriter(CountryTable countries) {
        this(countries, loc -> Optional.empty());
    }

    AcledCsvWriter(CountryTable countries, Function<Location, Optional<String>> acledAdmin1) {
        this(countries, acledAdmin1, e -> Optional.empty());
    }

    private AcledCsvWriter(CountryTable countries, Function<Location, Optional<String>> acledAdmin1,
                           Function<Event, Optional<String>> focusCountry) {
        this.countries = countries;
        this.acledAdmin1 = acledAdmin1;
        this.focusCountry = focusCountry;
    }

    /**
     * This writer, taking the country of an event whose place gives none from {@code focusCountry} (the ISO code
     * of the country its documents are about, e.g. {@link EventFocus#of}).
     */
    public AcledCsvWriter withFocusCountry(Function<Event, Optional<String>> focusCountry) {
        return new AcledCsvWriter(countries, acledAdmin1, focusCountry);
    }

    /**
     * Writes the header and one row per event and returns how many rows. An event that only denials found (flag
     * {@code unasserted}: nobody says it happened) is no ACLED event and is left out, as is an undated one.
     *
     * @param lastPublished the latest publication date of the documents behind an event, when known
     */
    public int write(Iterable<Event> events, Function<Event, Optional<LocalDate>> lastPublished, Writer out)
            throws IOException {
        return writeCounted(events, lastPublished, out).rows();
    }

    /** As {@link #write}, also counting the events left out for want of a date. */
    public Written writeCounted(Iterable<Event> events, Function<Event, Optional<LocalDate>> lastPublished,
                                Writer out) throws IOException {
        writeRow(HEADER, out);
        int n = 0;
        int undated = 0;
        for (Event e : events) {
            if (e.flags().contains(UNASSERTED)) {
                continue;
            }
            if (e.date() == null) {
                undated++;
                continue;
            }
            writeRow(row(e, lastPublished.apply(e)), out);
            n++;
        }
        out.flush();
        return new Written(n, undated);
    }

    List<String> row(Event e, Optional<LocalDate> published) {
        SubEventType type = e.subEventType();
        Location loc = e.location();
        Optional<Country> placeCountry = loc == null ? Optional.empty() : countries.lookup(loc.country());
        Optional<Country> focus = placeCountry.isPresent() || (loc != null && loc.country() != null)
                ? Optional.empty() : focusCountry.apply(e).flatMap(countries::lookup);
        Optional<Country> country = placeCountry.isPresent() ? placeCountry : focus;
        Integer inter1 = firstCategory(e.actor1());
        Integer inter2 = firstCategory(e.actor2());
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(e.id());
        r.add(e.date() == null ? "" : e.date().start().toString());
        r.add(e.date() == null ? "" : Integer.toString(e.date().start().getYear()));
        r.add(e.date() == null ? "" : Integer.toString(e.date().precision().acledTimePrecision()));
        r.add(type == null ? "" : type.eventType().disorderType());
        r.add(type == null ? "" : type.eventType().label());
        r.add(type == null ? "" : type.label());
        r.add(e.actor1().isEmpty() ? "" : e.actor1().get(0).name());
        r.add(associates(e.actor1(), e.assocActor1()));
        r.add(inter1 == null ? "" : inter1.toString());
        r.add(e.actor2().isEmpty() ? "" : e.actor2().get(0).name());
        r.add(associates(e.actor2(), e.assocActor2()));
        r.add(inter2 == null ? "" : inter2.toString());
        r.add(interaction(inter1, inter2, e.actor2().isEmpty()));
        r.add(e.actor2().stream().anyMatch(a -> a.category() != null && a.category() == CIVILIANS)
                ? "Civilian targeting" : "");
        r.add(country.map(c -> Integer.toString(c.isoNumeric())).orElse(""));
        r.add(country.map(Country::region).orElse(""));
        r.add(country.map(Country::name).orElse(loc == null || loc.country() == null ? "" : loc.country()));
        r.add(admin1(loc));
        r.add("");
        r.add("");
        r.add(loc == null ? "" : loc.name());
        r.add(loc == null || !loc.resolved() ? "" : BigDecimal.valueOf(loc.lat()).toPlainString());
        r.add(loc == null || !loc.resolved() ? "" : BigDecimal.valueOf(loc.lon()).toPlainString());
        r.add(loc == null || loc.geoPrecision() == null ? "" : loc.geoPrecision().toString());
        r.add(String.join(LIST_SEPARATOR, e.sources()));
        r.add("");
        r.add(notes(e, focus.isPresent()));
        r.add(e.fatalities() == null ? "0" : e.fatalities().toString());
        r.add(tags(e));
        r.add(published.map(d -> Long.toString(d.atStartOfDay(ZoneOffset.UTC).toEpochSecond())).orElse(""));
        return r;
    }

    private String admin1(Location loc) {
        if (loc == null) {
            return "";
        }
        Optional<String> acled = loc.resolved() ? acledAdmin1.apply(loc) : Optional.empty();
        return acled.orElse(loc.admin1() == null ? "" : loc.admin1());
    }

    private static Integer firstCategory(List<ActorRef> actors) {
        return actors.isEmpty() ? null : actors.get(0).category();
    }

    /** The other actors of the side after its first, then the associated actors, each name once. */
    private static String associates(List<ActorRef> side, List<ActorRef> assoc) {
        List<String> names = new ArrayList<>();
        for (ActorRef a : side.subList(Math.min(1, side.size()), side.size())) {
            if (!names.contains(a.name())) {
                names.add(a.name());
            }
        }
        for (ActorRef a : assoc) {
            if (!names.contains(a.name())) {
                names.add(a.name());
            }
        }
        return String.join(LIST_SEPARATOR, names);
    }

    /**
     * ACLED's interaction: the two inter codes, lower first (17); a side acting alone is its code then 0 (10).
     * Empty when a code is unknown.
     */
    static String interaction(Integer inter1, Integer inter2, boolean noActor2) {
        if (inter1 != null && inter2 != null) {
            return Math.min(inter1, inter2) + "" + Math.max(inter1, inter2);
        }
        if (inter1 != null && noActor2) {
            return inter1 + "0";
        }
        return "";
    }

    /**
     * ACLED's tags column carries sitrep's grades and flags: "admiralty=B2", "airwars=Fair", "contested=number",
     * "independent_sources=3", then the event's flags.
     */
    private static String tags(Event e) {
        List<String> tags = new ArrayList<>();
        if (e.grade() != null) {
            tags.add("admiralty=" + e.grade().code());
            if (e.grade().airwars() != null) {
                tags.add("airwars=" + e.grade().airwars().label());
            }
        }
        for (var c : e.contradictions()) {
            String tag = "contested=" + c.kind().wireName();
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        if (e.tally().documents() > 0) {
            tags.add("independent_sources=" + e.tally().independent());
        }
        tags.addAll(e.flags());
        return String.join(LIST_SEPARATOR, tags);
    }

    private static String notes(Event e, boolean countryFromFocus) {
        List<String> parts = new ArrayList<>();
        Location loc = e.location();
        if (loc == null) {
            parts.add("Location unknown: no place is reported, so no coordinates.");
        } else if (!loc.resolved()) {
            parts.add("Location unresolved: '" + loc.name() + "' is not placed, so no coordinates.");
        }
        if (countryFromFocus) {
            parts.add("Country from the documents' focus, not from the place.");
        } else if (loc == null || loc.country() == null) {
            parts.add("Country unknown.");
        }
        if (e.date() != null && !e.date().start().equals(e.date().end())) {
            parts.add("Date known only as " + e.date().start() + " to " + e.date().end() + ".");
        }
        if (e.fatalities() == null) {
            parts.add("Fatalities not reported: 0 here means unknown.");
        }
        if (e.fatalitiesNote() != null) {
            parts.add("Fatalities: " + e.fatalitiesNote() + ".");
        }
        parts.add("sitrep reports: " + String.join(LIST_SEPARATOR, e.reportIds()) + ".");
        return String.join(" ", parts);
    }

    private static void writeRow(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
