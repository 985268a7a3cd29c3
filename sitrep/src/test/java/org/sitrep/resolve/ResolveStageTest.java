package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ExtractStage;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Report;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.place.GazetteerPlacer;
import org.sitrep.resolve.time.DateResolver;
import org.sitrep.resolve.time.PublicationWindow;

class ResolveStageTest {
    private static final ActorKnowledgeBase ACTORS = ActorKnowledgeBase.bundled();
    private static final Gazetteer PLACES = Gazetteer.get();
    private static final Pipeline PIPELINE = Pipeline.builder()
            .add(new ExtractStage(ACTORS.names(), PLACES.names()))
            .add(new ResolveStage(ACTORS, new GazetteerPlacer(PLACES)))
            .build();

    /** Our own wording: a forum post whose stated date predates the names it uses by years. */
    private static String post(String dateline) {
        return "Front line notes\n"
                + "Published " + dateline + "\n\n"
                + "The SDF said its fighters repelled an attack by Hayat Tahrir al-Sham near Azaz on Sunday, and two "
                + "SDF fighters were killed.\n"
                + "Hayat Tahrir al-Sham shelled the village of Tell Rifaat the same night, a local activist said.\n";
    }

    private static Annotated run(String text) throws Exception {
        Document d = new DocumentReader().read("notes/forum-post.txt", text.getBytes(StandardCharsets.UTF_8));
        return PIPELINE.run(d);
    }

    private static Report sundayReport(Annotated a) {
        return a.get(ResolveStage.RESOLVED).items().stream()
                .filter(r -> r.evidence().text().contains("on Sunday")).findFirst().orElseThrow();
    }

    @Test
    void apply_implausibleStatedDate_weekdayIsNotADayFromTheDiscreditedDate() throws Exception {
        Annotated a = run(post("November 14, 2012"));
        assertEquals(LocalDate.of(2012, 11, 14), a.document().published(), "the date the page states is kept");
        assertTrue(a.document().flags().contains(DocumentFlag.DATE_IMPLAUSIBLE), a.document().flags().toString());

        Report sunday = sundayReport(a);
        // the names bound the window from below only (HTS exists from 2017-01-28), not from the discredited date;
        // with no end known the weekday gets no day and no invented interval, only the known bound
        assertTrue(a.document().flags().contains(DocumentFlag.DATE_INFERRED), a.document().flags().toString());
        assertTrue(a.document().flags().contains(PublicationWindow.WINDOW_END_OPEN), a.document().flags().toString());
        assertNull(sunday.date(), () -> "no interval without a known end: " + sunday.date());
        assertTrue(sunday.flags().contains(DateResolver.WEEKDAY_UNANCHORED), sunday.flags().toString());
        String bound = sunday.flags().stream().filter(f -> f.startsWith(DateResolver.DATE_NOT_BEFORE)).findFirst()
                .orElseThrow(() -> new AssertionError(sunday.flags().toString()));
        assertFalse(LocalDate.parse(bound.substring(DateResolver.DATE_NOT_BEFORE.length()))
                .isBefore(LocalDate.of(2017, 1, 1)), bound);

        // nothing in the document is dated to a day picked by the discredited dateline
        List<Report> all = a.get(ResolveStage.RESOLVED).items();
        for (Report r : all) {
            if (r.date() != null) {
                assertFalse(r.date().start().getYear() == 2012, r.evidence().text() + " -> " + r.date());
            }
        }
    }

    @Test
    void apply_plausibleStatedDate_weekdayIsTheDayBeforePublication() throws Exception {
        // the same post, dated when those names were in use: "on Sunday" is the Sunday before Tuesday 14 November
        Annotated a = run(post("November 14, 2017"));
        assertFalse(a.document().flags().contains(DocumentFlag.DATE_IMPLAUSIBLE), a.document().flags().toString());
        Report sunday = sundayReport(a);
        assertEquals(LocalDate.of(2017, 11, 12), sunday.date().start());
        assertEquals(DatePrecision.DAY, sunday.date().precision());
        assertFalse(sunday.flags().contains(DateResolver.WEEKDAY_UNANCHORED));
    }
}
