package org.sitrep.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Near;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.SeriesFilter;

/**
 * The query parameters of the analysis routes, named as the command line's options (snake_case): a series filter
 * (type, actor, initiator, place, near, counts, from, to, by) and the answer's format. Anything unusable, and any parameter
 * the route does not read, is a 400 naming it.
 */
final class AnalysisParams {
    private AnalysisParams() {
    }

    /** A series filter and the asked format (one of {@code formats}, the first by default). */
    record Asked(SeriesFilter filter, AnalysisHandlers.Format format) {
    }

    static Asked series(Map<String, List<String>> given, List<AnalysisHandlers.Format> formats) {
        EventParams.Params p = new EventParams.Params(given);
        String type = p.text("type");
        String actor = p.text("actor");
        String place = p.text("place");
        Near near = p.value("near", Near::parse);
        Boolean counts = p.value("counts", AnalysisParams::bool);
        Boolean initiator = p.value("initiator", AnalysisParams::bool);
        LocalDate from = p.value("from", AnalysisParams::date);
        LocalDate to = p.value("to", AnalysisParams::date);
        Granularity by = p.value("by", s -> Granularity.parse(s).orElseThrow(() ->
                new IllegalArgumentException("day, week or month, not '" + s + "'")));
        AnalysisHandlers.Format format = p.value("format", s -> oneOf(s, formats));
        p.refuseUnread();
        if (from != null && to != null && to.isBefore(from)) {
            throw Problem.badParameter("to", to + " is before from " + from);
        }
        if (place != null && near != null) {
            throw Problem.badParameter("near", "filter by a place or by a circle (near), not both");
        }
        SeriesFilter f;
        try {
            f = new SeriesFilter(type, actor, place, near, counts != null && counts, from, to,
                    by == null ? Granularity.DAY : by, initiator != null && initiator);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter(initiator != null && initiator && actor == null ? "initiator" : "type",
                    e.getMessage());
        }
        return new Asked(f, format == null ? formats.get(0) : format);
    }

    static AnalysisHandlers.Format oneOf(String s, List<AnalysisHandlers.Format> allowed) {
        for (AnalysisHandlers.Format f : allowed) {
            if (f.name().equalsIgnoreCase(s.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not one of " + String.join(", ",
                allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }

    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a calendar date in the form YYYY-MM-DD", e);
        }
    }

    static Boolean bool(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("'" + s + "' is not true or false");
        };
    }
}
