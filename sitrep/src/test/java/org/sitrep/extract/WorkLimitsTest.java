package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Report;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Keys;

/** A pathological input costs bounded work, and the document says what was split or cut and where. */
class WorkLimitsTest {
    private static String runOn(int chars) {
        StringBuilder sb = new StringBuilder("Warplanes struck Raqqa");
        int i = 0;
        while (sb.length() < chars) {
            sb.append(i++ % 7 == 0 ? ", and then warplanes struck Idlib" : " and the villages around it");
        }
        return sb.toString();
    }

    @Test
    void sentenceWithoutFullStops_isReadInBoundedPiecesCoveringIt() {
        String text = runOn(100_000);
        List<Span> cut = new ArrayList<>();
        List<Span> pieces = new SentenceSplitter(java.util.Set.of()).split(text, 0, text.length(), cut);
        assertEquals(List.of(new Span(0, text.length())), cut);
        assertTrue(pieces.size() >= text.length() / SentenceSplitter.MAX_SENTENCE, pieces::toString);
        int at = 0;
        for (Span p : pieces) {
            assertTrue(p.length() <= SentenceSplitter.MAX_SENTENCE, p::toString);
            assertTrue(text.substring(at, p.start()).isBlank(), "nothing between pieces is lost");
            at = p.end();
        }
        assertEquals(text.length(), at);
    }

    @Test
    void shortSentences_areNotCut() {
        String text = "Warplanes struck Raqqa. Shelling hit Idlib on Monday.";
        List<Span> cut = new ArrayList<>();
        assertEquals(2, new SentenceSplitter(java.util.Set.of()).split(text, 0, text.length(), cut).size());
        assertTrue(cut.isEmpty());
    }

    @Test
    void longSentence_isFlaggedOnTheDocumentWithWhere() {
        Document doc = Fixtures.doc(SectionKind.BODY, runOn(12_000));
        Annotated out = Fixtures.stage().apply(Annotated.of(doc));
        List<String> flags = out.document().flags();
        assertTrue(flags.contains(DocumentFlag.SENTENCES_SPLIT), flags::toString);
        String detail = flags.stream().filter(DocumentFlag::isLimitDetail).findFirst().orElseThrow();
        assertTrue(detail.startsWith("sentences_split: 1 sentence longer than 2000 characters"), detail);
        assertTrue(detail.contains("the first at characters 0-"), detail);
        assertFalse(out.get(Keys.EXTRACTED).items().isEmpty(), "the pieces are still read");
    }

    @Test
    void reportLimit_stopsReadingAndSaysWhere() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append("Warplanes struck Raqqa on Monday, killing ").append(i + 2).append(" people. ");
        }
        Document doc = Fixtures.doc(SectionKind.BODY, sb.toString());
        Annotated out = Fixtures.stage().apply(Annotated.of(doc), 10);
        List<Report> reports = out.get(Keys.EXTRACTED).items();
        assertEquals(10, reports.size());
        String detail = out.document().flags().stream().filter(f -> f.startsWith(DocumentFlag.REPORTS_CUT + ": "))
                .findFirst().orElseThrow(() -> new AssertionError(out.document().flags()));
        int stop = reports.get(9).evidence().span().end();
        assertTrue(detail.matches("reports_cut: reading stopped after 10 reports at character \\d+ of "
                + doc.text().length() + "; the rest of the document was not read"), detail);
        int at = Integer.parseInt(detail.replaceAll(".* at character (\\d+) of.*", "$1"));
        assertTrue(at >= stop, detail);
    }

    @Test
    void withinLimits_noFlags() {
        Document doc = Fixtures.doc(SectionKind.BODY, "Warplanes struck Raqqa on Monday, killing 4 people.");
        Annotated out = Fixtures.stage().apply(Annotated.of(doc));
        assertTrue(out.document().flags().stream().noneMatch(DocumentFlag::isLimitDetail));
    }
}
