package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;

/** Linking quality on our labelled set, reports built from the gold fields. */
class LinkEvaluationTest {
    private static List<StoryReport> stories;
    private static List<LinkEvaluation.HardNegative> negatives;

    static Path resource(String name) {
        try {
            return Path.of(LinkEvaluationTest.class.getResource("/link/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void load() {
        stories = new StoryLoader(ActorKnowledgeBase.bundled()).load(resource("stories.jsonl"));
        negatives = LinkEvaluation.hardNegatives(resource("hard-negatives.tsv"));
    }

    @Test
    void evaluate_goldFieldsInPublicationOrder_meetsFloorsAndKeepsHardNegativesApart() {
        LinkEvaluation.Result r = new LinkEvaluation(Linker.standard()).evaluate(stories, negatives,
                s -> List.of(s.report()));
        System.out.println("[link-eval gold] " + r);
        assertEquals(211, r.scores().items());
        assertEquals(47, r.scores().goldClusters());
        assertTrue(r.violated().isEmpty(), () -> "hard negatives merged: " + r.violated());
        assertTrue(r.scores().pairPrecision() >= 0.95, () -> "pairwise precision " + r.scores());
        assertTrue(r.scores().pairRecall() >= 0.95, () -> "pairwise recall " + r.scores());
        assertTrue(r.scores().b3F1() >= 0.95, () -> "B-cubed F1 " + r.scores());
    }

    @Test
    void evaluateShuffled_goldFields_staysCloseToPublicationOrder() {
        LinkEvaluation e = new LinkEvaluation(Linker.standard());
        for (long seed = 1; seed <= 5; seed++) {
            LinkEvaluation.Result r = e.evaluateShuffled(stories, negatives, s -> List.of(s.report()), seed);
            System.out.println("[link-eval gold shuffled " + seed + "] " + r.scores());
            assertTrue(r.violated().isEmpty(), () -> "hard negatives merged: " + r.violated());
            assertTrue(r.scores().pairF1() >= 0.95, () -> "pairwise F1 " + r.scores());
        }
    }
}
