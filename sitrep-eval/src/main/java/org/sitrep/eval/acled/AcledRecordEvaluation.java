package org.sitrep.eval.acled;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.engine.Engine;
import org.sitrep.extract.TypeScores;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Numbers and actors that the engine reads from ACLED notes, against ACLED's own columns. Each note is processed
 * alone by the whole engine ({@link Engine#standard()}), as a body-only document.
 *
 * <p><b>Fatalities.</b> The note's figure is the largest fatality count of any report in it (a note tells one
 * event, often restating its toll); none stated counts as 0, as ACLED codes a note without a toll. Scored: exact
 * match over all rows, over the rows where ACLED codes at least one death (recall side) and over the rows where the
 * engine states a toll (precision side).
 *
 * <p><b>Type.</b> The sub-event type of the note's first event report (what the record, its exports and the map
 * show), against ACLED's {@code sub_event_type}, support-weighted F1; a note with no event report, or one without a
 * type, counts as NONE, so wrong. (The forced choice of {@code acled-types} reads the note as a snippet instead.)
 *
 * <p><b>Actors.</b> The note's answer is the first event report (ACLED notes lead with the event). Its actor1
 * side is compared with ACLED's {@code actor1}, its actor2 side with {@code actor2}; a side matches when any of
 * its actors matches, by this rule and no other: (1) the same actor of our knowledge base, or a unit of it (ACLED's
 * name, without its parenthesised qualifier such as "(2000-)" or "(Syria)", looked up in our knowledge base as any
 * mention is); or (2) the same words, case and a leading "the" aside, once ACLED's qualifier is dropped
 * ("Protesters (Kenya)" and "protesters"). ACLED's "ACRONYM: Full Name" form is tried as each part too ("PKK: Kurdistan
 * Workers Party" is the PKK). Precision is over the rows where the engine names that side, recall over
 * the rows where ACLED codes it. The actor's kind is scored apart: our category against ACLED's {@code inter1} /
 * {@code inter2} code (same 1..8 scale). No table maps ACLED names to ours, so nothing is fitted to ACLED strings.
 */
public final class AcledRecordEvaluation {
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

    /** Agreement on one actor side. */
    public record Side(int gold, int named, int matched, int categoryNamed, int categoryMatched) {
        public double precision() {
            return named == 0 ? 0 : (double) matched / named;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double categoryAccuracy() {
            return categoryNamed == 0 ? 0 : (double) categoryMatched / categoryNamed;
        }
    }

    /** Fatalities and both actor sides over one set of rows. */
    public record Result(int rows, int withEvent, int fatalExact, int goldKilled, int goldKilledExact, int stated,
                         int statedExact, Side actor1, Side actor2, TypeScores.Score type) {
    }

    private final Engine engine;
    private final ActorKnowledgeBase actors;

    public AcledRecordEvaluation(Engine engine, ActorKnowledgeBase actors) {
        this.engine = engine;
        this.actors = actors;
    }

    public static AcledRecordEvaluation standard() {
        return new AcledRecordEvaluation(Engine.standard(), ActorKnowledgeBase.bundled());
    }

    /** Scores over all rows, the non-protest rows and the Syria rows, in that order. */
    public List<Result> evaluate(List<AcledEvent> events) {
        Tally all = new Tally();
        Tally nonProtest = new Tally();
        Tally syria = new Tally();
        for (AcledEvent e : events) {
            List<Report> reports = engine.process(document(e)).reports();
            all.add(e, reports);
            if (!e.protest()) {
                nonProtest.add(e, reports);
            }
            if (e.syria()) {
                syria.add(e, reports);
            }
        }
        return List.of(all.result(), nonProtest.result(), syria.result());
    }

    static Document document(AcledEvent e) {
        String text = e.notes();
        return new Document(e.id(), e.id(), "text/plain", "UTF-8", text, text, OffsetMap.identity(), null, null,
                null, null, null, List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")), List.of());
    }

    /** The note's fatality figure: the largest any report states, 0 when none does. */
    static int fatalities(List<Report> reports) {
        return reports.stream().filter(r -> r.fatalities() != null).mapToInt(r -> r.fatalities().value()).max()
                .orElse(0);
    }

    /** Whether one of {@code refs} denotes ACLED's actor {@code gold}, by the rule in the class comment. */
    boolean matches(String gold, List<ActorRef> refs) {
        String bare = QUALIFIER.matcher(gold).replaceAll("").strip();
        for (String name : names(bare)) {
            Set<String> ids = new HashSet<>();
            actors.candidates(name).forEach(a -> ids.add(a.id()));
            String words = words(name);
            for (ActorRef r : refs) {
                if (r.id() != null && withParents(r.id()).stream().anyMatch(ids::contains)) {
                    return true;
                }
                if (!words.isEmpty() && (words.equals(words(r.name())) || words.equals(words(r.mention().text())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The names ACLED's actor name stands for: the name itself and, for ACLED's "ACRONYM: Full Name" form ("PKK:
     * Kurdistan Workers Party", "QSD: Syrian Democratic Forces"), the acronym and the full name each.
     */
    static List<String> names(String bare) {
        int colon = bare.indexOf(": ");
        if (colon <= 0) {
            return List.of(bare);
        }
        return List.of(bare, bare.substring(0, colon).strip(), bare.substring(colon + 2).strip());
    }

    private Set<String> withParents(String id) {
        Set<String> out = new HashSet<>();
        Optional<Actor> a = actors.byId(id);
        while (a.isPresent() && out.add(a.get().id())) {
            a = a.get().parent() == null ? Optional.empty() : actors.byId(a.get().parent());
        }
        out.add(id);
        return out;
    }

    private static String words(String s) {
        String w = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return LEADING_THE.matcher(w).replaceFirst("");
    }

    private final class Tally {
        int rows;
        int withEvent;
        int exact;
        int goldKilled;
        int goldKilledExact;
        int stated;
        int statedExact;
        final int[] a1 = new int[5];
        final int[] a2 = new int[5];
        final List<TypeScores.Judged> types = new ArrayList<>();

        void add(AcledEvent e, List<Report> reports) {
            rows++;
            int f = fatalities(reports);
            exact += f == e.fatalities() ? 1 : 0;
            if (e.fatalities() > 0) {
                goldKilled++;
                goldKilledExact += f == e.fatalities() ? 1 : 0;
            }
            if (f > 0) {
                stated++;
                statedExact += f == e.fatalities() ? 1 : 0;
            }
            Optional<Report> first = reports.stream().filter(r -> r.kind() == ReportKind.EVENT).findFirst();
            withEvent += first.isPresent() ? 1 : 0;
            types.add(new TypeScores.Judged(e.id(), e.subEventType(), first.map(Report::subEventType)
                    .map(SubEventType::label).orElse(TypeScores.NONE)));
            side(a1, e.actor1(), e.inter1(), first.map(Report::actor1).orElse(List.of()));
            side(a2, e.actor2(), e.inter2(), first.map(Report::actor2).orElse(List.of()));
        }

        private void side(int[] t, String gold, int inter, List<ActorRef> refs) {
            boolean hasGold = !gold.isBlank();
            t[0] += hasGold ? 1 : 0;
            t[1] += refs.isEmpty() ? 0 : 1;
            t[2] += hasGold && !refs.isEmpty() && matches(gold, refs) ? 1 : 0;
            Optional<Integer> category = refs.stream().map(ActorRef::category).filter(c -> c != null).findFirst();
            if (category.isPresent()) {
                t[3]++;
                t[4] += category.get() == inter ? 1 : 0;
            }
        }

        Result result() {
            return new Result(rows, withEvent, exact, goldKilled, goldKilledExact, stated, statedExact,
                    new Side(a1[0], a1[1], a1[2], a1[3], a1[4]), new Side(a2[0], a2[1], a2[2], a2[3], a2[4]),
                    TypeScores.score(types));
        }
    }

    public static void print(List<String> names, List<Result> results, PrintStream out) {
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            String n = names.get(i);
            out.printf(Locale.ROOT, "acled record %-12s rows=%d with an event report=%d%n", n, r.rows(), r.withEvent());
            out.printf(Locale.ROOT, "  fatalities exact %.3f (%d/%d); where ACLED has deaths %.3f (%d/%d); "
                            + "where we state a toll %.3f (%d/%d)%n", ratio(r.fatalExact(), r.rows()), r.fatalExact(),
                    r.rows(), ratio(r.goldKilledExact(), r.goldKilled()), r.goldKilledExact(), r.goldKilled(),
                    ratio(r.statedExact(), r.stated()), r.statedExact(), r.stated());
            out.printf(Locale.ROOT, "  type of the first event report: weightedF1 %.3f accuracy %.3f (no event or no"
                    + " type counts as wrong)%n", r.type().weightedF1(), r.type().accuracy());
            side(out, "actor1", r.actor1());
            side(out, "actor2", r.actor2());
        }
    }

    private static void side(PrintStream out, String name, Side s) {
        out.printf(Locale.ROOT, "  %s P %.3f (%d/%d named) R %.3f (%d/%d coded); category agrees %.3f (%d/%d)%n",
                name, s.precision(), s.matched(), s.named(), s.recall(), s.matched(), s.gold(), s.categoryAccuracy(),
                s.categoryMatched(), s.categoryNamed());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
