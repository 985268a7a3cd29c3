package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sitrep.json.TestRecords;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Random stores for comparing a store's counts with streaming (and a series with the one before the store counted):
 * documents of one to three events and now and then a count observation, with the awkward cases mixed in: names
 * that spell an actor id without being resolved to it, ids differing only in case, units under a side, places known
 * by their gazetteer id under another name, places without a position, events dated to spans that straddle weeks
 * and months, undated events, rates stated over a span. The same seed gives the same store.
 */
public final class RandomRecords {
    public static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    public static final int DAYS = 120;

    /** Actors as extraction leaves them: resolved to a knowledge-base id, or not. */
    static final List<String[]> ACTORS = List.of(new String[] {"Islamic State", "islamic-state"},
            new String[] {"ISIS", "islamic-state"}, new String[] {"islamic-state", null},
            new String[] {"Islamic-State", "Islamic-State"}, new String[] {"Syrian Armed Forces", "syrian-armed-forces"},
            new String[] {"Syrian Arab Army", "syrian-arab-army"}, new String[] {"Tiger Forces", "tiger-forces"},
            new String[] {"Hamas", "hamas"}, new String[] {"hamas", null},
            new String[] {"US-led coalition", "us-led-coalition"}, new String[] {"Liwa al-Fath brigade", null},
            new String[] {"civilians", null}, new String[] {"Unknown Brigade", "unknown-brigade"});
    static final List<SubEventType> TYPES = java.util.Arrays.asList(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.ARMED_CLASH, SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.ATTACK, null);

    private final SplittableRandom rnd;
    private final List<Location> places;
    private int documents;

    /** {@code places}: the locations events may have (a null location is added). */
    public RandomRecords(long seed, List<Location> places) {
        this.rnd = new SplittableRandom(seed);
        this.places = places;
    }

    /** Places around Aleppo: a gazetteer id or none, a position or none, villages scattered within ~60 km. */
    public static List<Location> places(String aleppoId, String khanasserId) {
        List<Location> out = new ArrayList<>();
        out.add(location("Aleppo", 36.2021, 37.1343, aleppoId, "Aleppo"));
        out.add(location("Halab", 36.2021, 37.1343, aleppoId, "Aleppo"));
        out.add(location("Khanasser", 35.7838, 37.5, khanasserId, "Aleppo"));
        out.add(location("Khanaser", 35.79, 37.49, null, "Aleppo"));
        out.add(location("Somewhere in Aleppo", null, null, null, "Aleppo"));
        out.add(location("Homs", 34.7324, 36.7137, "test:homs", "Homs"));
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 12; i++) {
            out.add(location("Village " + i, 36.2 + r.nextDouble(-0.6, 0.6), 37.13 + r.nextDouble(-0.7, 0.7),
                    "test:v" + i, i % 2 == 0 ? "Aleppo" : "Idlib"));
        }
        return out;
    }

    static Location location(String name, Double lat, Double lon, String gazetteerId, String admin1) {
        return new Location(name, Mention.of(name, 0, name.length()), lat, lon, lat == null ? null : 1, gazetteerId,
                admin1, "SY", List.of());
    }

    /** The next document with its reports and events, as the recorder would commit it. */
    public ChangeSet next() {
        String doc = "rd" + documents++;
        String text = "x".repeat(400);
        DocumentInfo info = DocumentInfo.of(TestRecords.document(doc, text, "Outlet " + rnd.nextInt(4),
                FIRST.plusDays(rnd.nextInt(DAYS))));
        List<Report> reports = new ArrayList<>();
        List<ChangeSet.EventWrite> events = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            Report r = report(doc, i, ReportKind.EVENT);
            reports.add(r);
            events.add(new ChangeSet.EventWrite(TestRecords.eventOf(r), doc, i, List.of(info.outlet())));
        }
        if (rnd.nextInt(4) == 0) {
            reports.add(report(doc, n, ReportKind.COUNT));
        }
        return new ChangeSet(new ChangeSet.NewDocument(info, reports, n, null, null, null, null, null), Map.of(),
                List.of(), events);
    }

    /** The same event with other actors, place and date (what a merge with a new report may do). */
    public Event rewritten(Event e) {
        Report r = report("rw", 0, ReportKind.EVENT);
        return new Event(e.id(), r.subEventType(), r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2(),
                r.location(), r.date(), e.fatalities(), e.reportIds(), e.sources(), List.of());
    }

    private Report report(String doc, int ordinal, ReportKind kind) {
        Span span = new Span(ordinal * 100, ordinal * 100 + 50);
        String id = Report.idFor(doc, span, ordinal);
        Quantity count = kind == ReportKind.COUNT ? new Quantity(rnd.nextInt(12), Mention.of("7", 0, 1)) : null;
        List<String> flags = kind == ReportKind.COUNT && rnd.nextInt(5) == 0 ? List.of("per_day") : List.of();
        return new Report(id, kind, kind == ReportKind.EVENT ? Event.idFor(id) : null, doc, SectionKind.BODY,
                new Evidence(doc, "Sentence " + ordinal + " of " + doc + ".", span), null,
                TYPES.get(rnd.nextInt(TYPES.size())), null, null, null, actors(), actors(), rnd.nextInt(3) == 0
                ? actors() : List.of(), rnd.nextInt(5) == 0 ? actors() : List.of(), place(), date(), null, null,
                count, Modality.ASSERTED, List.of(new Attribution("Outlet", Attribution.Role.DOCUMENT_OUTLET, null)),
                flags, List.of(), null);
    }

    private List<ActorRef> actors() {
        int k = rnd.nextInt(3);
        List<ActorRef> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String[] a = ACTORS.get(rnd.nextInt(ACTORS.size()));
            out.add(TestRecords.actor(a[0], a[1], null, 0));
        }
        return out;
    }

    private Location place() {
        int i = rnd.nextInt(places.size() + 1);
        return i == places.size() ? null : places.get(i);
    }

    private DateSpan date() {
        int k = rnd.nextInt(10);
        if (k == 0) {
            return null;
        }
        LocalDate start = FIRST.plusDays(rnd.nextInt(DAYS));
        LocalDate end = k < 8 ? start : start.plusDays(1 + rnd.nextInt(k == 8 ? 6 : 40));
        return new DateSpan(start, end, start.equals(end) ? DatePrecision.DAY : DatePrecision.WEEK,
                Mention.of("then", 0, 4), List.of());
    }
}
