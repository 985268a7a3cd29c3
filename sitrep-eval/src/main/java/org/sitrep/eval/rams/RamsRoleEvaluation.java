package org.sitrep.eval.rams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.ExtractStage;
import org.sitrep.eval.roles.RoleScore;
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
 * Scores our actor1 and actor2 against RAMS arguments of violent events (types conflict.attack.*, life.die.*,
 * life.injure.*). Matching rule: each passage is extracted as one body section (with the engine's lexicons from the CLI); the reports
 * scored are the EVENT reports of the sentence holding the RAMS trigger. Doers (attacker, killer, injurer) are gold
 * for actor1; targets and victims for actor2. An actor value is correct when its mention overlaps a gold argument of
 * its role by at least one character; a gold argument is found when some actor value of its role overlaps it.
 * Scored separately for the Syria passages (quasi-held-out) and the others (development).
 */
public final class RamsRoleEvaluation {
    private static final Set<String> DOERS = Set.of("attacker", "killer", "injurer");
    private static final Set<String> SUFFERERS = Set.of("target", "victim");

    public record Part(int passages, int reports, RoleScore actor1, RoleScore actor2) {
    }

    public record Result(Part dev, Part syria) {
    }

    private RamsRoleEvaluation() {
    }

    public static Result evaluate(Path ramsFile) throws IOException {
        return evaluate(RamsPassage.read(ramsFile), new ExtractStage());
    }

    /**
     * With the name lexicons the engine itself uses (actor knowledge base and gazetteer), so the roles are scored
     * as the real pipeline would find them. With {@code errors} non-null, the non-Syria passages whose roles are
     * wrong or missed are described there (the Syria ones stay unread: they are the quasi-held-out check).
     */
    public static Result evaluate(Path ramsFile, PhraseLexicon actorNames, PhraseLexicon placeNames,
                                  List<String> errors) throws IOException {
        ExtractStage stage = new ExtractStage(actorNames, placeNames);
        List<RamsPassage> passages = RamsPassage.read(ramsFile);
        if (errors != null) {
            for (RamsPassage p : passages) {
                if (violent(p.eventType()) && !p.syria()) {
                    describe(p, reports(p, stage), errors);
                }
            }
        }
        return evaluate(passages, stage);
    }

    private static void describe(RamsPassage p, List<Report> rs, List<String> out) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.docKey()).append(' ').append(p.eventType()).append('\n').append("  ").append(p.sentenceText())
                .append('\n');
        for (RamsPassage.Arg a : p.args()) {
            if (DOERS.contains(a.role()) || SUFFERERS.contains(a.role())) {
                sb.append("  gold ").append(a.role()).append(": ").append(p.text(), a.start(), a.end()).append('\n');
            }
        }
        for (Report r : rs) {
            sb.append("  ours ").append(r.subEventType()).append(" a1=")
                    .append(r.actor1().stream().map(x -> x.mention().text()).toList()).append(" a2=")
                    .append(r.actor2().stream().map(x -> x.mention().text()).toList()).append('\n');
        }
        out.add(sb.toString());
    }

    private static List<Report> reports(RamsPassage p, ExtractStage stage) {
        int[] sent = p.triggerSentence();
        return stage.apply(Annotated.of(document(p))).get(ExtractStage.REPORTS).items().stream()
                .filter(r -> r.kind() == ReportKind.EVENT && r.evidence().span().start() <= sent[0] + 1
                        && r.evidence().span().end() >= sent[1] - 1
                        || r.kind() == ReportKind.EVENT && r.evidence().span().overlaps(Span.of(p.trigger()[0],
                        p.trigger()[1])))
                .toList();
    }

    static Result evaluate(List<RamsPassage> passages, ExtractStage stage) {
        List<RamsPassage> dev = new ArrayList<>();
        List<RamsPassage> syria = new ArrayList<>();
        for (RamsPassage p : passages) {
            if (violent(p.eventType())) {
                (p.syria() ? syria : dev).add(p);
            }
        }
        return new Result(part(dev, stage), part(syria, stage));
    }

    static boolean violent(String type) {
        return type.startsWith("conflict.attack.") || type.startsWith("life.die.") || type.startsWith("life.injure.");
    }

    private static Part part(List<RamsPassage> passages, ExtractStage stage) {
        int[] a1 = new int[4];
        int[] a2 = new int[4];
        int reports = 0;
        for (RamsPassage p : passages) {
            List<Report> rs = reports(p, stage);
            reports += rs.size();
            score(p, rs, DOERS, true, a1);
            score(p, rs, SUFFERERS, false, a2);
        }
        return new Part(passages.size(), reports, new RoleScore("actor1~attacker/killer/injurer", a1[0], a1[1], a1[2],
                a1[3]), new RoleScore("actor2~target/victim", a2[0], a2[1], a2[2], a2[3]));
    }

    private static void score(RamsPassage p, List<Report> reports, Set<String> roles, boolean first, int[] acc) {
        List<Span> gold = new ArrayList<>();
        for (RamsPassage.Arg a : p.args()) {
            if (roles.contains(a.role())) {
                gold.add(Span.of(a.start(), a.end()));
            }
        }
        List<Span> ours = new ArrayList<>();
        for (Report r : reports) {
            for (ActorRef a : first ? r.actor1() : r.actor2()) {
                ours.add(a.mention().span());
            }
        }
        for (Span o : ours) {
            acc[0]++;
            if (gold.stream().anyMatch(o::overlaps)) {
                acc[1]++;
            }
        }
        for (Span g : gold) {
            acc[2]++;
            if (ours.stream().anyMatch(g::overlaps)) {
                acc[3]++;
            }
        }
    }

    static Document document(RamsPassage p) {
        String text = p.text();
        return new Document(p.docKey(), p.docKey(), "text/plain", "UTF-8", text, text, OffsetMap.identity(), null,
                null, null, null, null, List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")),
                List.of());
    }
}
