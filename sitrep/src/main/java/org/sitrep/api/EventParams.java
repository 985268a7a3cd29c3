package org.sitrep.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitrep.app.ExportFormat;
import org.sitrep.model.Box;
import org.sitrep.model.Cursor;
import org.sitrep.model.Near;
import org.sitrep.model.Query;

/**
 * The query parameters of {@code GET /events}: the command line's filters (same names, snake_case), a bbox, a page
 * size and cursor, and the answer's format. Anything unusable is a 400 naming the parameter; so is a parameter
 * this route does not know, so a misspelt filter never silently widens the answer.
 */
record EventParams(Query query, int limit, Cursor cursor, Format format) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** The answer's formats: JSON pages, or one of the export formats. */
    enum Format {
        JSON("json", "application/json", null),
        GEOJSON("geojson", "application/geo+json", ExportFormat.GEOJSON),
        CSV("csv", "text/csv; charset=utf-8", ExportFormat.ACLED_CSV),
        JSONL("jsonl", "application/x-ndjson", ExportFormat.JSONL);

        final String wireName;
        final String mediaType;
        final ExportFormat export;

        Format(String wireName, String mediaType, ExportFormat export) {
            this.wireName = wireName;
            this.mediaType = mediaType;
            this.export = export;
        }
    }

    /** Reads the parameters (each given at most once); a parameter this route does not read is refused. */
    static EventParams parse(Map<String, List<String>> given) {
        Params params = new Params(given);
        Query q = Query.all();
        LocalDate from = params.value("from", EventParams::date);
        LocalDate to = params.value("to", EventParams::date);
        if (from != null && to != null && to.isBefore(from)) {
            throw Problem.badParameter("to", to + " is before from " + from);
        }
        q = q.from(from).to(to);
        q = params.apply(q, "type", Query::type);
        q = q.actor(params.text("actor")).place(params.text("place")).source(params.text("source"));
        q = q.near(params.value("near", Near::parse)).bbox(params.value("bbox", Box::parse));
        Boolean contested = params.value("contested", EventParams::bool);
        q = q.contested(contested != null && contested);
        q = params.apply(q, "min_credibility", (query, s) -> query.minCredibility(integer(s)));
        q = params.apply(q, "reliability", (query, s) -> query.minReliability(letter(s)));
        Integer limit = params.value("limit", EventParams::integer);
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw Problem.badParameter("limit", "a page holds 1 to " + MAX_LIMIT + " events, not " + limit);
        }
        Cursor cursor = params.value("cursor", Cursor::decode);
        Format format = params.value("format", EventParams::format);
        params.refuseUnread();
        return new EventParams(q, limit == null ? DEFAULT_LIMIT : limit, cursor, format == null ? Format.JSON
                : format);
    }

    /** The store query for one page: one event more than the page, to learn whether another page follows. */
    Query pageQuery() {
        return query.after(cursor).limit(limit + 1);
    }

    /** The request's parameters as read: each read names a known one, so what was never read is unknown. */
    static final class Params {
        private final Map<String, List<String>> given;
        private final Set<String> read = new TreeSet<>();

        Params(Map<String, List<String>> given) {
            this.given = given;
        }

        String text(String name) {
            read.add(name);
            List<String> v = given.get(name);
            if (v != null && v.size() > 1) {
                throw Problem.badParameter(name, "given more than once");
            }
            return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0);
        }

        /** The parameter as {@code parse} reads it, or null when absent; what parse refuses is a 400 naming it. */
        <T> T value(String name, Function<String, T> parse) {
            String v = text(name);
            if (v == null) {
                return null;
            }
            try {
                return parse.apply(v);
            } catch (IllegalArgumentException e) {
                throw Problem.badParameter(name, e.getMessage());
            }
        }

        Query apply(Query q, String name, BiFunction<Query, String, Query> with) {
            String v = text(name);
            if (v == null) {
                return q;
            }
            try {
                return with.apply(q, v);
            } catch (IllegalArgumentException e) {
                throw Problem.badParameter(name, e.getMessage());
            }
        }

        void refuseUnread() {
            for (String name : new TreeSet<>(given.keySet())) {
                if (!read.contains(name)) {
                    throw Problem.badParameter(name, "not a parameter of this route (known: " + String.join(", ", read)
                            + ")");
                }
            }
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a calendar date in the form YYYY-MM-DD", e);
        }
    }

    private static int integer(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number", e);
        }
    }

    private static Boolean bool(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("'" + s + "' is not true or false");
        };
    }

    private static char letter(String s) {
        if (s.strip().length() != 1) {
            throw new IllegalArgumentException("one letter A-F, not '" + s + "'");
        }
        return s.strip().charAt(0);
    }

    private static Format format(String s) {
        for (Format f : Format.values()) {
            if (f.wireName.equalsIgnoreCase(s.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not one of json, geojson, csv, jsonl");
    }
}
