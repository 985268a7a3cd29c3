package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Report;
import org.sitrep.model.Reports;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Annotated;
import org.sitrep.resolve.ResolveStage;

class LinkStageTest {
    @Test
    void apply_documentTellingOneBombingTwice_givesOneMergedAssessedEvent() {
        String text = "Two blasts hit the bus station. The bus station blasts killed 40 people.";
        Document doc = new Document("d1", "d1.txt", "text/plain", "UTF-8", text, text, OffsetMap.identity(), null,
                "Our Outlet", null, LocalDate.parse("2016-05-23"), null,
                List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")), List.of());
        Report a = R.report("a").doc("d1").type(SubEventType.SUICIDE_BOMB).at(35.36, 35.93, 1).on("2016-05-23")
                .text("Two blasts hit the bus station.").build();
        Report b = R.report("b").doc("d1").type(SubEventType.SUICIDE_BOMB).at(35.36, 35.93, 1).on("2016-05-23")
                .text("The bus station blasts killed 40 people.").killed(40).build();
        Report count = R.report("n").doc("d1").count().build();
        Annotated in = Annotated.of(doc).with(ResolveStage.RESOLVED, new Reports(List.of(a, b, count)), "resolve");
        Annotated out = new LinkStage().apply(in);
        List<Event> events = out.get(LinkStage.EVENTS).items();
        assertEquals(1, events.size());
        Event e = events.get(0);
        assertEquals(List.of("a", "b"), e.reportIds());
        assertEquals(40, e.fatalities());
        assertEquals(LocalDate.parse("2016-05-23"), e.firstReported());
        assertNotNull(e.grade(), "the assessor ran");
        List<Report> linked = out.get(LinkStage.LINKED).items();
        assertEquals(3, linked.size());
        assertEquals(e.id(), linked.get(0).eventId());
        assertEquals(e.id(), linked.get(1).eventId());
        assertEquals(null, linked.get(2).eventId());
    }
}
