package org.sitrep.eval.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.engine.Engine;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Report;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.link.Linker;

/**
 * Linking quality when the reports come from the real engine reading each story line (a document dated with
 * the line's publication date, from its outlet). No floor on the figures: extraction errors (missed places,
 * dates read as the publication day) dominate; the test guards only against gross regressions.
 */
class LinkEngineEvaluationTest {

    static Document document(StoryReport s) {
        String text = s.text();
        String id = "doc-" + s.report().id();
        return new Document(id, id + ".txt", "text/plain", "UTF-8", text, text, OffsetMap.identity(), null,
                s.document().outlet(), null, s.published(), null,
                List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")), List.of());
    }

    static List<Report> engineReports(Engine engine, StoryReport s) {
        return engine.process(document(s)).reports();
    }

    @Test
    void evaluate_engineReports_linksAndKeepsMostHardNegativesApart() {
        List<StoryReport> stories = new StoryLoader(ActorKnowledgeBase.bundled())
                .load(LinkEvaluationTest.resource("stories.jsonl"));
        List<LinkEvaluation.HardNegative> negatives =
                LinkEvaluation.hardNegatives(LinkEvaluationTest.resource("hard-negatives.tsv"));
        Engine engine = Engine.standard();
        LinkEvaluation e = new LinkEvaluation(Linker.standard());
        LinkEvaluation.Result r = e.evaluate(stories, negatives, s -> engineReports(engine, s));
        System.out.println("[link-eval engine] " + r);
        for (long seed = 1; seed <= 3; seed++) {
            System.out.println("[link-eval engine shuffled " + seed + "] "
                    + e.evaluateShuffled(stories, negatives, s -> engineReports(engine, s), seed).scores());
        }
        assertTrue(r.scores().items() > 100, () -> "the engine found too few event reports: " + r);
        assertTrue(r.scores().pairPrecision() > 0.5, () -> "pairwise precision collapsed: " + r.scores());
    }
}
