package org.sitrep.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Candidate;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Reads an event's facts ({@code id, sub_event_type, actor1, location, date, sources} and the first report) token
 * by token, straight from the stored UTF-8 bytes: from the event's whole record (the first of its {@code report_ids})
 * or from a narrow JSON of those members alone ({@code first_report}). An
 * analysis over a year of a busy road decodes some eighty thousand of them per answer: building a tree of nodes
 * first, then records from it, was most of the answer's time. Members it does not know are skipped; a member of the
 * wrong kind, or a missing one a record needs, is a {@link JsonFormatException} naming it, as the tree reader says.
 */
final class EventFactsReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int ID = 1;
    private static final int TYPE = 2;
    private static final int ACTOR1 = 4;
    private static final int LOCATION = 8;
    private static final int DATE = 16;
    private static final int FIRST_REPORT = 32;
    private static final int SOURCES = 64;
    private static final int ALL = 127;

    private EventFactsReader() {
    }

    /** Makes a parser over the text (the parser's own exceptions are the caller's to turn into format errors). */
    @FunctionalInterface
    private interface Source {
        JsonParser open() throws IOException;
    }

    static EventFacts read(byte[] utf8) {
        return read(() -> FACTORY.createParser(utf8));
    }

    static EventFacts read(String json) {
        return read(() -> FACTORY.createParser(json));
    }

    private static EventFacts read(Source source) {
        try (JsonParser p = source.open()) {
            return facts(p);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new JsonFormatException("event: not valid JSON: " + why, e);
        }
    }

    private static EventFacts facts(JsonParser p) throws IOException {
        start(p, p.nextToken(), "event");
        String id = null;
        SubEventType type = null;
        List<ActorRef> actor1 = List.of();
        Location location = null;
        DateSpan date = null;
        String firstReport = null;
        String firstOfIds = null;
        List<String> sources = List.of();
        int seen = 0;
        // a whole record goes on with tallies, grades and provenance the facts never use: once every member the
        // facts take has come, the rest is left unread (it was about half of each record's tokens)
        while (seen != ALL && p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            JsonToken v = p.nextToken();
            switch (member) {
                case "id" -> { id = unique(p, v, member); seen |= ID; }
                case "sub_event_type" -> { type = subEventType(text(p, v, member)); seen |= TYPE; }
                case "actor1" -> { actor1 = actors(p, v, member); seen |= ACTOR1; }
                case "location" -> { location = location(p, v); seen |= LOCATION; }
                case "date" -> { date = date(p, v); seen |= DATE; }
                case "first_report" -> { firstReport = unique(p, v, member); seen |= FIRST_REPORT; }
                case "report_ids" -> { firstOfIds = first(p, v, member); seen |= FIRST_REPORT; }
                case "sources" -> { sources = strings(p, v, member); seen |= SOURCES; }
                default -> p.skipChildren();
            }
        }
        try {
            return new EventFacts(required(id, "id"), type, actor1, location, date,
                    firstReport != null ? firstReport : firstOfIds, sources);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonFormatException("event: " + e.getMessage(), e);
        }
    }

    private static SubEventType subEventType(String label) {
        return label == null ? null : SubEventType.parse(label)
                .orElseThrow(() -> new JsonFormatException("unknown sub_event_type: " + label));
    }

    private static List<ActorRef> actors(JsonParser p, JsonToken v, String member) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (v != JsonToken.START_ARRAY) {
            throw new JsonFormatException(member + ": expected an array");
        }
        List<ActorRef> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            start(p, t, member);
            String name = null;
            String id = null;
            Integer category = null;
            Mention mention = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken fv = p.nextToken();
                switch (field) {
                    case "name" -> name = text(p, fv, "name");
                    case "id" -> id = text(p, fv, "id");
                    case "category" -> category = integer(p, fv, member + ".category");
                    case "mention" -> mention = mention(p, fv, member + ".mention");
                    default -> p.skipChildren();
                }
            }
            if (mention == null) {
                throw new JsonFormatException(member + ": an actor needs its mention");
            }
            try {
                out.add(new ActorRef(required(name, "name"), id, category, mention));
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException(member + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Location location(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        start(p, v, "location");
        String name = null;
        Mention mention = null;
        Double lat = null;
        Double lon = null;
        Integer precision = null;
        String gazetteerId = null;
        String admin1 = null;
        String country = null;
        List<Candidate> candidates = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken fv = p.nextToken();
            switch (field) {
                case "name" -> name = text(p, fv, "name");
                case "mention" -> mention = mention(p, fv, "location.mention");
                case "lat" -> lat = number(p, fv, "lat");
                case "lon" -> lon = number(p, fv, "lon");
                case "geo_precision" -> precision = integer(p, fv, "location.geo_precision");
                case "gazetteer_id" -> gazetteerId = text(p, fv, "gazetteer_id");
                case "admin1" -> admin1 = text(p, fv, "admin1");
                case "country" -> country = text(p, fv, "country");
                case "candidates" -> candidates = candidates(p, fv);
                default -> p.skipChildren();
            }
        }
        if (mention == null) {
            throw new JsonFormatException("location: a location needs its mention");
        }
        try {
            return new Location(required(name, "name"), mention, lat, lon, precision, gazetteerId, admin1, country,
                    candidates);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("location: " + e.getMessage(), e);
        }
    }

    private static List<Candidate> candidates(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (v != JsonToken.START_ARRAY) {
            throw new JsonFormatException("candidates: expected an array");
        }
        List<Candidate> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            start(p, t, "candidates");
            String gazetteerId = null;
            String name = null;
            Double lat = null;
            Double lon = null;
            String country = null;
            String admin1 = null;
            Double score = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken fv = p.nextToken();
                switch (field) {
                    case "gazetteer_id" -> gazetteerId = text(p, fv, field);
                    case "name" -> name = text(p, fv, field);
                    case "lat" -> lat = number(p, fv, field);
                    case "lon" -> lon = number(p, fv, field);
                    case "country" -> country = text(p, fv, field);
                    case "admin1" -> admin1 = text(p, fv, field);
                    case "score" -> score = number(p, fv, field);
                    default -> p.skipChildren();
                }
            }
            out.add(new Candidate(gazetteerId, name, requiredNumber(lat, "lat"), requiredNumber(lon, "lon"), country,
                    admin1, requiredNumber(score, "score")));
        }
        return out;
    }

    private static DateSpan date(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        start(p, v, "date");
        String start = null;
        String end = null;
        String precision = null;
        Mention mention = null;
        List<String> flags = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken fv = p.nextToken();
            switch (field) {
                case "start" -> start = text(p, fv, field);
                case "end" -> end = text(p, fv, field);
                case "precision" -> precision = text(p, fv, field);
                case "mention" -> mention = mention(p, fv, "date.mention");
                case "flags" -> flags = strings(p, fv, field);
                default -> p.skipChildren();
            }
        }
        if (start == null || end == null) {
            throw new JsonFormatException("date: start and end are required");
        }
        try {
            return new DateSpan(day(start, "start"), day(end, "end"),
                    JsonFields.wireEnum(DatePrecision.class, required(precision, "precision"), "date.precision"),
                    mention, flags);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("date: " + e.getMessage(), e);
        }
    }

    private static LocalDate day(String s, String member) {
        try {
            return SharedValues.local().day(s);
        } catch (DateTimeException e) {
            throw new JsonFormatException(member + ": not a YYYY-MM-DD date: " + s, e);
        }
    }

    private static Mention mention(JsonParser p, JsonToken v, String where) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.START_OBJECT) {
            throw new JsonFormatException(where + ": a mention is an object {text, start, end}");
        }
        String text = null;
        Integer start = null;
        Integer end = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken fv = p.nextToken();
            switch (field) {
                case "text" -> text = text(p, fv, "text");
                case "start" -> start = integer(p, fv, where + ".start");
                case "end" -> end = integer(p, fv, where + ".end");
                default -> p.skipChildren();
            }
        }
        if (start == null) {
            throw new JsonFormatException(where + ".start: expected an integer");
        }
        if (end == null) {
            throw new JsonFormatException(where + ".end: expected an integer");
        }
        try {
            return new Mention(required(text, "text"), new Span(start, end));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonParser p, JsonToken v, String member) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (v != JsonToken.START_ARRAY) {
            throw new JsonFormatException(member + ": expected an array");
        }
        List<String> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING) {
                throw new JsonFormatException(member + ": expected strings");
            }
            out.add(SharedValues.local().text(p.getText()));
        }
        return out;
    }

    /** The first string of an array (the rest passed over unread), or null for an empty one. */
    private static String first(JsonParser p, JsonToken v, String member) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.START_ARRAY) {
            throw new JsonFormatException(member + ": expected an array");
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new JsonFormatException(member + ": expected strings");
        }
        String out = p.getText();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
        }
        return out;
    }

    private static void start(JsonParser p, JsonToken t, String what) {
        if (t != JsonToken.START_OBJECT) {
            throw new JsonFormatException(what + ": expected an object");
        }
    }

    /** A string that many events repeat (a place, an actor, a source): one copy kept for all of them. */
    private static String text(JsonParser p, JsonToken v, String member) throws IOException {
        String s = unique(p, v, member);
        return s == null ? null : SharedValues.local().text(s);
    }

    /** A string of this event alone (its id, its first report's). */
    private static String unique(JsonParser p, JsonToken v, String member) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_STRING) {
            throw new JsonFormatException(member + ": expected a string");
        }
        return p.getText();
    }

    private static Integer integer(JsonParser p, JsonToken v, String where) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new JsonFormatException(where + ": expected an integer");
        }
        return p.getIntValue();
    }

    private static Double number(JsonParser p, JsonToken v, String member) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new JsonFormatException(member + ": expected a number");
        }
        return p.getDoubleValue();
    }

    private static String required(String value, String member) {
        if (value == null) {
            throw new JsonFormatException("missing member '" + member + "'");
        }
        return value;
    }

    private static double requiredNumber(Double value, String member) {
        if (value == null) {
            throw new JsonFormatException("missing number '" + member + "'");
        }
        return value;
    }
}
