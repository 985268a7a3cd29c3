package org.sitrep.link;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * What linking compares of one report, computed once: type, point (NaN when unplaced) with its precision, its
 * gazetteer id and the linear feature it lies on, the date interval widened by its slack (in epoch days), actor keys of both
 * sides, and the content words of its evidence. Also the id of the event the report founds when it founds one
 * ({@link Event#idFor}, a digest): the split asks it of every report of every event a document grows. The document
 * and the day its own sentence names ({@link #NO_DAY} when it names none) tell apart two acts one text dates apart.
 */
public record LinkFeatures(String reportId, SubEventType type, double lat, double lon, Integer geoPrecision,
                           String placeId, String lineId, long firstDay, long lastDay, DatePrecision datePrecision,
                           ActorCompatibility.Sides actors, int[] words, List<Set<String>> placeNames,
                           String admin1, String foundedEventId, String documentId, long statedDay) {
    /** {@code statedDay} of a report whose sentence names no single day. */
    public static final long NO_DAY = Long.MIN_VALUE;

    public boolean placed() {
        return !Double.isNaN(lat);
    }

    public boolean dated() {
        return datePrecision != null;
    }

    public static LinkFeatures of(Report r, LinkSettings s, ActorCompatibility actors, TextSimilarity text,
                                  LinearPlaces lines) {
        Location loc = r.location();
        double lat = Double.NaN;
        double lon = Double.NaN;
        Integer precision = null;
        String line = null;
        String placeId = null;
        String admin1 = null;
        if (loc != null && loc.resolved()) {
            admin1 = loc.admin1();
            placeId = loc.gazetteerId();
            lat = loc.lat();
            lon = loc.lon();
            precision = loc.geoPrecision();
            if (loc.gazetteerId() != null && lines.isLinear(loc.gazetteerId())) {
                line = loc.gazetteerId();
            }
        }
        DateSpan d = r.date();
        long first = 0;
        long last = 0;
        DatePrecision dp = null;
        if (d != null) {
            dp = d.precision();
            int slack = s.slack(dp, relative(d));
            first = d.start().toEpochDay() - slack;
            last = d.end().toEpochDay() + slack;
            if (d.mention() == null && dp != DatePrecision.DAY) {
                // the resolver's "some time before publication": news tells what just happened
                first = Math.max(first, last - s.documentWindowDays() + 1);
            }
        }
        return new LinkFeatures(r.id(), r.subEventType(), lat, lon, precision, placeId, line, first, last, dp,
                actors.sides(r), text.words(r.evidence().text()), PlaceNames.standard().keys(loc), admin1,
                Event.idFor(r.id()), r.documentId(), statedDay(r));
    }

    /** The one day the report's own sentence names ("on Monday", "on 3 March"), or {@link #NO_DAY}. */
    static long statedDay(Report r) {
        DateSpan d = r.date();
        if (d == null || d.precision() != DatePrecision.DAY || !d.start().equals(d.end()) || d.mention() == null
                || !r.evidence().span().contains(d.mention().span())) {
            return NO_DAY;
        }
        return d.start().toEpochDay();
    }

    /**
     * A date read from a relative phrase (weekday, "yesterday", "last night") or taken from the document rather
     * than the sentence may be off by a day: the writer's "today" is not always the publication date.
     */
    static boolean relative(DateSpan d) {
        if (d.mention() == null) {
            return true;
        }
        String t = d.mention().text().toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
