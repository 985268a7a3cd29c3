package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.SubEventType;

/**
 * The extraction acceptance on the real sample pages (skipped when ../shared is absent): every violent event that
 * a body sentence states, labelled by us in {@code engine/real-pages-events.tsv}, should come out with its type,
 * actors and numbers, and asserted event reports on sentences we did not label are counted as spurious. Prints a
 * line per labelled event and the totals; the floors are today's figures, so a regression fails the build.
 */
class RealPagesEventsTest {
    private static SamplePages pages;
    private static final ActorKnowledgeBase ACTORS = ActorKnowledgeBase.bundled();

    record Gold(String page, String anchor, SubEventType type, String actor1, String actor2, Integer fatalities,
                Integer count, boolean claim) {
    }

    @BeforeAll
    static void setUp() {
        pages = SamplePages.orSkip("real-page event checks");
    }

    @Test
    void labelledEvents_foundWithTypeActorsAndNumbers_fewSpuriousAssertions() throws Exception {
        List<Gold> gold = readGold();
        Map<String, List<Report>> byPage = new HashMap<>();
        int typed = 0;
        int full = 0;
        StringBuilder log = new StringBuilder();
        for (Gold g : gold) {
            List<Report> reports = byPage.computeIfAbsent(g.page(), RealPagesEventsTest::process);
            List<Report> here = reports.stream().filter(r -> r.kind() == ReportKind.EVENT
                    && contains(r.evidence().text(), g.anchor())).toList();
            List<Report> ofType = here.stream().filter(r -> r.subEventType() == g.type()).toList();
            boolean whole = ofType.stream().anyMatch(r -> actorsMatch(g, r) && numbersMatch(g, r) && stanceMatch(g, r));
            typed += ofType.isEmpty() ? 0 : 1;
            full += whole ? 1 : 0;
            log.append(String.format(Locale.ROOT, "%-5s %-5s %-34s %s | got %s%n", ofType.isEmpty() ? "-" : "type",
                    whole ? "all" : "-", g.type().label(), g.anchor(), here.stream().map(RealPagesEventsTest::brief)
                            .toList()));
        }
        List<String> spurious = new ArrayList<>();
        for (Map.Entry<String, List<Report>> e : byPage.entrySet()) {
            for (Report r : e.getValue()) {
                if (r.kind() == ReportKind.EVENT && r.section() == SectionKind.BODY && r.modality().assertsOccurrence()
                        && gold.stream().noneMatch(g -> g.page().equals(e.getKey())
                        && contains(r.evidence().text(), g.anchor()))) {
                    spurious.add(brief(r) + " | " + r.evidence().text());
                }
            }
        }
        log.append(String.format(Locale.ROOT, "labelled events %d: type found %d (%.3f), type+actors+numbers+stance %d"
                + " (%.3f); asserted event reports on unlabelled body sentences: %d%n", gold.size(), typed,
                (double) typed / gold.size(), full, (double) full / gold.size(), spurious.size()));
        spurious.forEach(s -> log.append("  spurious: ").append(s).append('\n'));
        System.out.print(log);
        assertTrue(typed >= TYPE_FLOOR, log::toString);
        assertTrue(full >= FULL_FLOOR, log::toString);
        assertTrue(spurious.size() <= SPURIOUS_CEILING, log::toString);
    }

    // today's figures (see the README); raise them as extraction improves. 29 since the learned model types the
    // record's sentences (session 22): "The counterattack was swift, decisive and deadly, the SAA and allies
    // recapturing nearly all positions lost" reads as the fight, labelled the recapture; on ACLED's notes the
    // record's type rose from 0.776 to 0.869 weighted F1 with it
    private static final int TYPE_FLOOR = 29;
    private static final int FULL_FLOOR = 23;
    private static final int SPURIOUS_CEILING = 4;

    private static String brief(Report r) {
        return (r.subEventType() == null ? "untyped" : r.subEventType().label()) + " " + ids(r.actor1()) + ">"
                + ids(r.actor2()) + " f=" + (r.fatalities() == null ? "-" : r.fatalities().value()) + " n="
                + (r.count() == null ? "-" : r.count().value()) + " " + r.modality().name().toLowerCase(Locale.ROOT);
    }

    private static List<String> ids(List<ActorRef> refs) {
        return refs.stream().map(a -> a.id() == null ? "?" + a.name() : a.id()).toList();
    }

    private static boolean contains(String text, String anchor) {
        return norm(text).contains(norm(anchor));
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean actorsMatch(Gold g, Report r) {
        boolean straight = side(g.actor1(), r.actor1()) && side(g.actor2(), r.actor2());
        boolean swapped = g.type() == SubEventType.ARMED_CLASH && side(g.actor1(), r.actor2())
                && side(g.actor2(), r.actor1());
        return straight || swapped;
    }

    /** Every comma-separated requirement met by some actor; a requirement is a "/" list of acceptable ids. */
    private static boolean side(String required, List<ActorRef> got) {
        if (required.equals("-")) {
            return true;
        }
        for (String need : required.split(",")) {
            boolean met = false;
            for (String id : need.split("/")) {
                met |= got.stream().anyMatch(a -> within(a.id(), id));
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /** The actor is the wanted one or one of its units. */
    private static boolean within(String id, String wanted) {
        String at = id;
        for (int depth = 0; at != null && depth < 8; depth++) {
            if (at.equals(wanted)) {
                return true;
            }
            at = ACTORS.byId(at).map(Actor::parent).orElse(null);
        }
        return false;
    }

    private static boolean numbersMatch(Gold g, Report r) {
        return (g.fatalities() == null || r.fatalities() != null && r.fatalities().value() == g.fatalities())
                && (g.count() == null || r.count() != null && r.count().value() == g.count());
    }

    private static boolean stanceMatch(Gold g, Report r) {
        Modality m = r.modality();
        boolean claim = m == Modality.ALLEGED || m == Modality.CLAIMED || m == Modality.DENIED
                || m == Modality.UNVERIFIED;
        return g.claim() ? claim : m == Modality.ASSERTED || m == Modality.REPORTED;
    }

    private static List<Report> process(String page) {
        return pages.process(page).reports();
    }

    private static List<Gold> readGold() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (InputStream in = RealPagesEventsTest.class.getResourceAsStream("/engine/real-pages-events.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 8) {
                    throw new AssertionError("real-pages-events.tsv line " + (n + 1) + ": expected 8 columns");
                }
                Optional<SubEventType> type = SubEventType.parse(c[2]);
                int lineNo = n + 1;
                out.add(new Gold(c[0], c[1], type.orElseThrow(() -> new AssertionError(
                        "real-pages-events.tsv line " + lineNo + ": unknown type " + c[2])), c[3], c[4], num(c[5]),
                        num(c[6]), c[7].equals("claim")));
            }
        }
        return out;
    }

    private static Integer num(String s) {
        return s.equals("-") ? null : Integer.valueOf(s);
    }
}
