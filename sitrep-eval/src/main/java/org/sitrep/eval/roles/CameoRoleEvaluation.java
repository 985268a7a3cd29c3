package org.sitrep.eval.roles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.ExtractStage;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Annotated;

/**
 * Scores our actor1/actor2 against the PETRARCH-2 validation sentences (CAMEO source/target codes).
 *
 * <p>Matching rule. Each sentence is extracted as a one-section body document, with the names of
 * cameo-actors.tsv (countries, demonyms, capitals, IGOs) as the actor lexicon. An actor value of ours gets the
 * CAMEO roots its mention names ({@link CameoActorCodes}); a gold code's root is its first three letters. Within one
 * sentence:
 * <ul>
 * <li>actor1 precision: of our event reports with an actor1, those whose actor1 names the root of some gold source;</li>
 * <li>actor1 recall: of the gold events, those whose source root is named by the actor1 of one of our reports;</li>
 * <li>actor2 likewise against gold targets.</li>
 * </ul>
 * Gold events are counted twice: all of them, and those of CAMEO's material-conflict roots (14 protest,
 * 15 force posture, 17 coerce, 18 assault, 19 fight, 20 mass violence), the ones an ACLED extractor is meant to
 * find. Sentences with {@code noevents} add no gold; reports on them are counted separately.
 */
public final class CameoRoleEvaluation {
    private static final Set<String> CONFLICT_ROOTS = Set.of("14", "15", "17", "18", "19", "20");

    /** Gold event of a sentence. */
    public record Gold(String eventCode, String source, String target) {
        boolean conflict() {
            return eventCode.length() >= 2 && CONFLICT_ROOTS.contains(eventCode.substring(0, 2));
        }
    }

    /** One validation sentence with its gold events (empty for noevents). */
    public record Sentence(String id, String text, List<Gold> gold) {
    }

    public record Result(int sentences, int goldEvents, int reports, int reportsOnNoEventSentences,
                         RoleScore actor1, RoleScore actor2, RoleScore actor1Conflict, RoleScore actor2Conflict) {
    }

    private CameoRoleEvaluation() {
    }

    private static final Pattern TAG = Pattern.compile("<(Sentence|EventCoding)\\b([^>]*)>|<Text>(.*?)</Text>",
            Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /**
     * Reads the validation file. It is not well-formed XML (free text and unclosed elements), so the three tags that
     * matter are read in order: {@code <Sentence id=..>}, its {@code <EventCoding ..>} elements, its {@code <Text>}.
     */
    public static List<Sentence> read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        List<Sentence> out = new ArrayList<>();
        String id = null;
        List<Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(xml);
        while (m.find()) {
            if (m.group(3) != null) {
                if (id == null) {
                    throw new IllegalArgumentException(file + ": <Text> before any <Sentence>");
                }
                out.add(new Sentence(id, m.group(3).trim().replaceAll("\\s+", " "), List.copyOf(gold)));
                id = null;
                continue;
            }
            Map<String, String> attrs = new HashMap<>();
            Matcher a = ATTR.matcher(m.group(2));
            while (a.find()) {
                attrs.put(a.group(1), a.group(2));
            }
            if (m.group(1).equals("Sentence")) {
                id = attrs.getOrDefault("id", "sentence" + out.size());
                gold = new ArrayList<>();
            } else if (attrs.containsKey("sourcecode")) {
                gold.add(new Gold(attrs.getOrDefault("eventcode", ""), attrs.get("sourcecode"),
                        attrs.getOrDefault("targetcode", "")));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no <Sentence> with <Text> found");
        }
        return out;
    }

    public static Result evaluate(Path file) throws IOException {
        CameoActorCodes codes = CameoActorCodes.get();
        return evaluate(read(file), new ExtractStage(codes.asActorLexicon(), PhraseLexicon.builder().build()), codes);
    }

    /**
     * Like {@link #evaluate(Path)}; with {@code misses} non-null, each sentence with gold events where a gold root
     * of either role is not named by our reports (or we name a root no gold has) is described there: text, gold
     * codes, our reports' roles.
     */
    public static Result evaluate(Path file, List<String> misses) throws IOException {
        CameoActorCodes codes = CameoActorCodes.get();
        List<Sentence> sentences = read(file);
        ExtractStage stage = new ExtractStage(codes.asActorLexicon(), PhraseLexicon.builder().build());
        if (misses != null) {
            for (Sentence s : sentences) {
                describe(s, stage, codes, misses);
            }
        }
        return evaluate(sentences, stage, codes);
    }

    private static void describe(Sentence s, ExtractStage stage, CameoActorCodes codes, List<String> out) {
        if (s.gold().isEmpty()) {
            return;
        }
        List<Report> reports = stage.apply(Annotated.of(document(s))).get(ExtractStage.REPORTS).items().stream()
                .filter(r -> r.kind() == ReportKind.EVENT).toList();
        Set<String> ours1 = new HashSet<>();
        Set<String> ours2 = new HashSet<>();
        for (Report r : reports) {
            r.actor1().forEach(a -> ours1.addAll(codes.roots(a.mention().text())));
            r.actor2().forEach(a -> ours2.addAll(codes.roots(a.mention().text())));
        }
        Set<String> gold1 = new HashSet<>();
        Set<String> gold2 = new HashSet<>();
        for (Gold g : s.gold()) {
            gold1.add(root(g.source()));
            gold2.add(root(g.target()));
        }
        if (ours1.containsAll(gold1) && ours2.containsAll(gold2) && gold1.containsAll(ours1)
                && gold2.containsAll(ours2)) {
            return;
        }
        StringBuilder sb = new StringBuilder(s.id()).append('\n').append("  ").append(s.text()).append('\n');
        for (Gold g : s.gold()) {
            sb.append("  gold ").append(g.eventCode()).append(g.conflict() ? "*" : "").append(' ')
                    .append(g.source()).append(" -> ").append(g.target()).append('\n');
        }
        for (Report r : reports) {
            sb.append("  ours ").append(r.subEventType()).append(" a1=")
                    .append(r.actor1().stream().map(x -> x.mention().text()).toList()).append(" a2=")
                    .append(r.actor2().stream().map(x -> x.mention().text()).toList()).append('\n');
        }
        out.add(sb.toString());
    }

    static Result evaluate(List<Sentence> sentences, ExtractStage stage, CameoActorCodes codes) {
        int[] a1 = new int[4];
        int[] a2 = new int[4];
        int[] a1c = new int[4];
        int[] a2c = new int[4];
        int goldEvents = 0;
        int reportCount = 0;
        int noEventReports = 0;
        for (Sentence s : sentences) {
            List<Report> reports = stage.apply(Annotated.of(document(s))).get(ExtractStage.REPORTS).items().stream()
                    .filter(r -> r.kind() == ReportKind.EVENT).toList();
            reportCount += reports.size();
            if (s.gold().isEmpty()) {
                noEventReports += reports.size();
                continue;
            }
            goldEvents += s.gold().size();
            List<Gold> conflict = s.gold().stream().filter(Gold::conflict).toList();
            score(reports, s.gold(), codes, true, a1);
            score(reports, s.gold(), codes, false, a2);
            score(reports, conflict, codes, true, a1c);
            score(reports, conflict, codes, false, a2c);
        }
        return new Result(sentences.size(), goldEvents, reportCount, noEventReports,
                new RoleScore("actor1~source", a1[0], a1[1], a1[2], a1[3]),
                new RoleScore("actor2~target", a2[0], a2[1], a2[2], a2[3]),
                new RoleScore("actor1~source (conflict codes)", a1c[0], a1c[1], a1c[2], a1c[3]),
                new RoleScore("actor2~target (conflict codes)", a2c[0], a2c[1], a2c[2], a2c[3]));
    }

    /** Adds {predicted, correct, gold, found} of one role in one sentence. */
    private static void score(List<Report> reports, List<Gold> gold, CameoActorCodes codes, boolean first,
                              int[] acc) {
        Set<String> goldRoots = new HashSet<>();
        for (Gold g : gold) {
            goldRoots.add(root(first ? g.source() : g.target()));
        }
        Set<String> ourRoots = new HashSet<>();
        for (Report r : reports) {
            List<ActorRef> actors = first ? r.actor1() : r.actor2();
            if (actors.isEmpty()) {
                continue;
            }
            Set<String> named = new HashSet<>();
            for (ActorRef a : actors) {
                named.addAll(codes.roots(a.mention().text()));
            }
            // precision counts only reports that can share a gold event: with no gold here, nothing is scored
            if (!gold.isEmpty()) {
                acc[0]++;
                if (named.stream().anyMatch(goldRoots::contains)) {
                    acc[1]++;
                }
            }
            ourRoots.addAll(named);
        }
        for (Gold g : gold) {
            acc[2]++;
            if (ourRoots.contains(root(first ? g.source() : g.target()))) {
                acc[3]++;
            }
        }
    }

    private static String root(String code) {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    static Document document(Sentence s) {
        String text = s.text();
        return new Document(s.id(), s.id(), "text/plain", "UTF-8", text, text, OffsetMap.identity(), null, null,
                null, null, null, List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")), List.of());
    }
}
