package org.sitrep.bench.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Synthetic event reports for the linking benchmark: events spread over ten years and Syria's bounding box, each
 * told by 1–6 reports with jittered places (by geo precision), dates (a day off for relative dates, some week
 * precision), a compatible type now and then, incomplete actor lists, a few unplaced or undated reports and
 * generated sentences. Deterministic for a seed. Reports come in publication order with their true event.
 */
public final class SyntheticReports {
    static final double LAT_MIN = 32.3;
    static final double LAT_MAX = 37.3;
    static final double LON_MIN = 35.7;
    static final double LON_MAX = 42.4;
    static final LocalDate FIRST_DAY = LocalDate.of(2011, 3, 15);
    static final int DAYS = 3652;

    private static final SubEventType[] TYPES = {SubEventType.ARMED_CLASH, SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.REMOTE_EXPLOSIVE, SubEventType.ATTACK,
            SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.SUICIDE_BOMB, SubEventType.ABDUCTION, SubEventType.PEACEFUL_PROTEST};
    private static final String[] WORDS = ("killed wounded civilians fighters village town market hospital school "
            + "bakery convoy checkpoint road bridge mosque camp district hill airport base barracks front positions "
            + "rockets barrel bombs jets drones mortar artillery tanks gunmen militants soldiers troops families "
            + "children women residents activists monitor sources witnesses medics rescuers ambulance").split(" ");
    private static final Mention M = Mention.of("x", 0, 1);

    /** A report with the event it truly belongs to and its publication day. */
    public record Labelled(Report report, String trueEvent, LocalDate published) {
    }

    private SyntheticReports() {
    }

    public static List<Labelled> generate(int reports, long seed) {
        return generate(reports, seed, DAYS);
    }

    /** Reports spread over {@code days} days (fewer days, denser events). */
    public static List<Labelled> generate(int reports, long seed, int days) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Labelled> out = new ArrayList<>(reports + 8);
        int event = 0;
        while (out.size() < reports) {
            event++;
            int n = 1 + rnd.nextInt(6);
            double lat = LAT_MIN + rnd.nextDouble() * (LAT_MAX - LAT_MIN);
            double lon = LON_MIN + rnd.nextDouble() * (LON_MAX - LON_MIN);
            int day = rnd.nextInt(days);
            SubEventType type = TYPES[rnd.nextInt(TYPES.length)];
            String a1 = "actor-" + rnd.nextInt(60);
            String a2 = "actor-" + rnd.nextInt(60);
            int[] topic = {rnd.nextInt(WORDS.length), rnd.nextInt(WORDS.length), rnd.nextInt(WORDS.length)};
            for (int i = 0; i < n && out.size() < reports; i++) {
                out.add(report(rnd, "ev" + event, i, lat, lon, day, type, a1, a2, topic));
            }
        }
        out.sort(Comparator.comparing(Labelled::published));
        return out;
    }

    private static Labelled report(SplittableRandom rnd, String event, int i, double lat, double lon, int day,
                                   SubEventType type, String a1, String a2, int[] topic) {
        String id = event + "-" + i;
        String doc = "doc-" + id;
        int precision = rnd.nextDouble() < 0.8 ? 1 : rnd.nextDouble() < 0.75 ? 2 : 3;
        Location loc = null;
        if (rnd.nextDouble() >= 0.01) {
            double jitterKm = precision == 1 ? 2 : precision == 2 ? 8 : 30;
            double la = lat + (rnd.nextDouble() * 2 - 1) * jitterKm / 111;
            double lo = lon + (rnd.nextDouble() * 2 - 1) * jitterKm / 90;
            loc = new Location("place", M, la, lo, precision, null, null, "SY", List.of());
        }
        DateSpan date = null;
        LocalDate d = FIRST_DAY.plusDays(day);
        if (rnd.nextDouble() >= 0.002) {
            double u = rnd.nextDouble();
            if (u < 0.6) {
                date = DateSpan.day(d, Mention.of(d.getDayOfMonth() + " " + d.getMonth(), 0, 1));
            } else if (u < 0.9) {
                // relative date: may be a day off
                date = DateSpan.day(d.plusDays(rnd.nextInt(3) - 1), Mention.of("on Monday", 0, 1));
            } else {
                date = new DateSpan(d.minusDays(rnd.nextInt(7)), d.plusDays(0), DatePrecision.WEEK, null, List.of());
                date = new DateSpan(date.start(), date.start().plusDays(6), DatePrecision.WEEK, null, List.of());
            }
        }
        SubEventType t = type;
        if (rnd.nextDouble() < 0.1) {
            t = switch (type) {
                case ARMED_CLASH -> SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
                case AIR_DRONE_STRIKE -> SubEventType.SHELLING_ARTILLERY_MISSILE;
                case SUICIDE_BOMB -> SubEventType.REMOTE_EXPLOSIVE;
                default -> type;
            };
        }
        List<ActorRef> actor1 = rnd.nextDouble() < 0.7 ? List.of(new ActorRef(a1, a1, 2, M)) : List.of();
        List<ActorRef> actor2 = rnd.nextDouble() < 0.6 ? List.of(new ActorRef(a2, a2, 2, M)) : List.of();
        StringBuilder text = new StringBuilder();
        for (int w : topic) {
            text.append(WORDS[w]).append(' ');
        }
        for (int k = 0; k < 6; k++) {
            text.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
        }
        String s = text.toString().trim();
        Modality m = rnd.nextDouble() < 0.05 ? Modality.DENIED : Modality.REPORTED;
        Report r = new Report(id, ReportKind.EVENT, null, doc, SectionKind.BODY, new Evidence(doc, s, new Span(0, s.length())),
                M, t, null, null, null, actor1, actor2, List.of(), List.of(), loc, date, null, null, null, m,
                List.of(new Attribution("Outlet " + rnd.nextInt(40), Attribution.Role.DOCUMENT_OUTLET, null)), List.of());
        return new Labelled(r, event, d.plusDays(rnd.nextInt(4)));
    }
}
