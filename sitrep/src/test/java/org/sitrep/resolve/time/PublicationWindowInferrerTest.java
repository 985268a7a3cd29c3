package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentFlag;

class PublicationWindowInferrerTest {
    private final PublicationWindowInferrer inferrer = PublicationWindowInferrer.standard();

    @Test
    void infer_latestFullDate_isLowerBound() {
        PublicationWindow w = inferrer.infer("The siege began on 2 June 2014. The town fell on 12 October 2015 "
                + "after heavy shelling.", List.of()).orElseThrow();
        assertEquals(LocalDate.of(2015, 10, 12), w.start());
        assertEquals(LocalDate.of(2015, 10, 12).plusDays(PublicationWindowInferrer.HORIZON_DAYS), w.end());
        assertEquals("12 October 2015", w.basis().text());
        assertTrue(w.flags().contains(DocumentFlag.DATE_INFERRED));
    }

    @Test
    void infer_futureDate_doesNotCount() {
        PublicationWindow w = inferrer.infer("The town fell on 12 October 2015. Talks will be held on 1 March 2016.",
                List.of()).orElseThrow();
        assertEquals(LocalDate.of(2015, 10, 12), w.start());
    }

    @Test
    void infer_yearLessDateShortlyAfter_movesBoundOn() {
        PublicationWindow w = inferrer.infer("The town fell on 12 October 2015. On Oct 20 the road was cut.",
                List.of()).orElseThrow();
        assertEquals(LocalDate.of(2015, 10, 20), w.start());
    }

    @Test
    void infer_ageOfSyrianWar_givesBound() {
        PublicationWindow w = inferrer.infer("Syria's seven-year war has displaced millions.", List.of())
                .orElseThrow();
        assertEquals(LocalDate.of(2017, 9, 15), w.start());
        assertEquals("age of the conflict", w.reason());
    }

    @Test
    void infer_outsideBound_laterThanText_wins() {
        PublicationWindow w = inferrer.infer("Fighting went on in 2014.",
                List.of(new PublicationWindow.LowerBound(LocalDate.of(2015, 10, 10), "SDF founded"))).orElseThrow();
        assertEquals(LocalDate.of(2015, 10, 10), w.start());
        assertEquals("SDF founded", w.reason());
    }

    @Test
    void infer_onlyAnOutsideBound_openEndedWindowWithTheBoundFlagged() {
        // N1: an actor active from a date bounds the text from below only; no month after it is implied
        PublicationWindow w = inferrer.infer("Shelling continued overnight.",
                List.of(new PublicationWindow.LowerBound(LocalDate.of(2011, 1, 1), "names used in the text")))
                .orElseThrow();
        assertEquals(LocalDate.of(2011, 1, 1), w.start());
        assertTrue(w.openEnded(), w.toString());
        assertNull(w.end());
        assertTrue(w.flags().contains(DocumentFlag.DATE_INFERRED), w.flags().toString());
        assertTrue(w.flags().contains(PublicationWindow.WINDOW_END_OPEN), w.flags().toString());
        assertTrue(w.flags().contains(PublicationWindow.PUBLISHED_NOT_BEFORE + "2011-01-01"), w.flags().toString());
        assertFalse(w.flags().contains(PublicationWindow.WINDOW_END_ASSUMED), w.flags().toString());
    }

    @Test
    void infer_textDateLaterThanOutsideBound_keepsTheAssumedHorizon() {
        PublicationWindow w = inferrer.infer("The town fell on 12 October 2015.",
                List.of(new PublicationWindow.LowerBound(LocalDate.of(2011, 1, 1), "names used in the text")))
                .orElseThrow();
        assertFalse(w.openEnded());
        assertEquals(LocalDate.of(2015, 10, 12).plusDays(PublicationWindowInferrer.HORIZON_DAYS), w.end());
        assertTrue(w.flags().contains(PublicationWindow.WINDOW_END_ASSUMED), w.flags().toString());
    }

    @Test
    void infer_nothingDated_isEmpty() {
        assertTrue(inferrer.infer("Shelling continued overnight.", List.of()).isEmpty());
    }

    @Test
    void parseConflictStarts_badDate_failsNamingLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicationWindowInferrer
                .parseConflictStarts(new BufferedReader(new StringReader("syria\t2011-13-15\tx\n")), "c.tsv"));
        assertTrue(e.getMessage().startsWith("c.tsv:1:"), e.getMessage());
    }

    @Test
    void loadConflictStarts_shippedData_valid() {
        assertEquals(LocalDate.of(2011, 3, 15), PublicationWindowInferrer.loadConflictStarts().get("syria"));
    }
}
