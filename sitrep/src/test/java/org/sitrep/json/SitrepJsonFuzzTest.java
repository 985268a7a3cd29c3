package org.sitrep.json;

import org.sitrep.model.ReportRecord;
import org.sitrep.model.DocumentInfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sitrep.fuzz.Bounded;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Fuzzing of the JSONL codec. Reading any text, and any valid record with one value removed, replaced or
 * retyped, gives a record or a {@link JsonFormatException} (the documented failure), nothing else; what was read
 * writes back to a line that reads the same. Writing any record gives one line (JSONL) that reads back equal.
 */
class SitrepJsonFuzzTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final SitrepJson json = SitrepJson.standard();
    private final DocumentInfo doc = new DocumentInfo("d1", "a/b.txt", "A title", "Enab Baladi", null,
            LocalDate.of(2016, 2, 3), null, "text/plain", "UTF-8", List.of("date_inferred"));

    private enum Kind { REPORT, EVENT, DOCUMENT }

    private Object read(Kind k, String s) {
        return switch (k) {
            case REPORT -> json.readReport(s);
            case EVENT -> json.readEvent(s);
            case DOCUMENT -> json.readDocument(s);
        };
    }

    private String write(Kind k, Object o) {
        return switch (k) {
            case REPORT -> json.writeReport((ReportRecord) o);
            case EVENT -> json.writeEvent((Event) o);
            case DOCUMENT -> json.writeDocument((DocumentInfo) o);
        };
    }

    private String valid(Kind k) {
        ReportRecord r = new ReportRecord(TestRecords.measuredReport("d1", 2), doc);
        return switch (k) {
            case REPORT -> json.writeReport(r);
            case EVENT -> json.writeEvent(TestRecords.eventOf(r.report()));
            case DOCUMENT -> json.writeDocument(doc);
        };
    }

    /** Reads; a record read writes back to a line that reads the same. Only JsonFormatException may escape. */
    private void readOrRefuse(Kind k, String s) throws Exception {
        Object got;
        try {
            got = Bounded.call(s, () -> read(k, s));
        } catch (JsonFormatException e) {
            return;
        }
        String again = write(k, got);
        assertFalse(again.contains("\n"), "one line");
        assertEquals(got, read(k, again), "what was read writes back the same: " + Bounded.show(s));
    }

    @Property(tries = 300)
    void read_anyText_recordOrJsonFormatException(@ForAll String s, @ForAll Kind k) throws Exception {
        readOrRefuse(k, s);
    }

    @Provide
    Arbitrary<JsonNode> values() {
        return Arbitraries.oneOf(Arbitraries.just(F.nullNode()), Arbitraries.of(F.booleanNode(true)),
                Arbitraries.integers().map(i -> (JsonNode) F.numberNode(i)),
                Arbitraries.longs().map(i -> (JsonNode) F.numberNode(i)),
                Arbitraries.doubles().map(d -> (JsonNode) F.numberNode(d)),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e308).map(d -> (JsonNode) F.numberNode(d)),
                Arbitraries.strings().ofMaxLength(12).map(s -> (JsonNode) F.textNode(s)),
                Arbitraries.of("2016-02-30", "2016-13-01", "", "0000-00-00", "ATTACK", "attack", "day", "x:y")
                        .map(s -> (JsonNode) F.textNode(s)),
                Arbitraries.just(F.arrayNode()), Arbitraries.just(F.objectNode()),
                Arbitraries.just(F.arrayNode().add(F.objectNode()).add(F.nullNode())));
    }

    /** One mutation somewhere in the tree: the n-th value node (in document order) removed or replaced. */
    private record Mutation(int at, boolean remove, JsonNode value) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.of(true, false), values())
                .as(Mutation::new);
    }

    @Property(tries = 500)
    void read_validRecordWithMutations_recordOrJsonFormatException(@ForAll Kind k,
            @ForAll("mutations") Mutation m1, @ForAll("mutations") Mutation m2) throws Exception {
        JsonNode tree = json.parse(valid(k));
        apply(tree, m1);
        apply(tree, m2);
        readOrRefuse(k, json.write(tree));
    }

    /** Applies a mutation to the m.at()-th member or element (modulo their number) of the tree. */
    private static void apply(JsonNode root, Mutation m) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return;
        }
        Slot s = slots.get(m.at() % slots.size());
        if (s.parent() instanceof ObjectNode o) {
            if (m.remove()) {
                o.remove(s.name());
            } else {
                o.set(s.name(), m.value().deepCopy());
            }
        } else if (s.parent() instanceof ArrayNode a) {
            if (m.remove()) {
                a.remove(s.index());
            } else {
                a.set(s.index(), m.value().deepCopy());
            }
        }
    }

    private record Slot(JsonNode parent, String name, int index) {
    }

    private static void collect(JsonNode n, List<Slot> out) {
        if (n instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                out.add(new Slot(o, f, -1));
                collect(o.get(f), out);
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }

    /** Any text in every free-text field, any numbers: one line out, equal record back. */
    @Property(tries = 300)
    void writeEvent_anyTextAndNumbers_oneLineThatReadsBackEqual(@ForAll String place, @ForAll String speaker,
            @ForAll String outlet, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int killed,
            @ForAll SubEventType type, @ForAll("coordinates") Double lat) {
        Event e = TestRecords.eventOf(TestRecords.fullReport("d7", 1, type, place.isEmpty() ? "x" : place, lat,
                lat == null ? null : -lat, LocalDate.of(2016, 2, 3), killed, speaker.isEmpty() ? null : speaker,
                outlet.isEmpty() ? null : outlet));
        String line = json.writeEvent(e);
        assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + Bounded.show(line));
        assertEquals(e, json.readEvent(line));
    }

    @Provide
    Arbitrary<Double> coordinates() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.doubles().between(-90, 90),
                Arbitraries.of(0.0, -0.0, 1e-300, 89.999999999999));
    }

    /** A stream of written lines: each line reads on its own (one record per line, nothing spanning lines). */
    @Property(tries = 100)
    void writeReports_manyLines_eachLineReadsAlone(@ForAll("texts") List<String> texts) {
        List<String> lines = new ArrayList<>();
        Function<String, ReportRecord> rec = t -> new ReportRecord(TestRecords.fullReport("d8", 1,
                SubEventType.SHELLING_ARTILLERY_MISSILE, "Azaz", null, null, null, 1, t, null),
                new DocumentInfo("d8", t, t, t, t, null, null, null, null, List.of(t)));
        for (String t : texts) {
            lines.add(json.writeReport(rec.apply(t)));
        }
        String file = String.join("\n", lines) + "\n";
        String[] back = file.split("\n", -1);
        assertEquals(texts.size() + 1, back.length, "one line per record");
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(rec.apply(texts.get(i)), json.readReport(back[i]));
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("a\nb", "\r\n", "\u2028", "\"", "\\", "\u0000", "\ud800", "}{", "\uFFFD"))
                .list().ofMinSize(1).ofMaxSize(8);
    }
}
