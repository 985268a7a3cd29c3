package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;

class GazetteerPlacerTest {
    private final GazetteerPlacer placer = new GazetteerPlacer(Gazetteer.get());

    private static Report at(Document d, String sentence, String place) {
        String text = d.text();
        int s = text.indexOf(sentence);
        int p = text.indexOf(place, s);
        Span span = new Span(s, s + sentence.length());
        return new Report(Report.idFor(d.id(), span, 0), ReportKind.EVENT, null, d.id(), SectionKind.BODY,
                new Evidence(d.id(), sentence, span), null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), Location.unresolved(Mention.of(place, p, p + place.length())), null, null, null, null,
                Modality.ASSERTED, List.of(), List.of());
    }

    @Test
    void place_mentionInsideGroupName_staysUnresolvedWithoutCandidates() throws Exception {
        String one = "Ahrar al-Sham fighters shelled Saraqib on Monday.";
        Document d = new DocumentReader().read("notes/post.txt", ("Notes\n\n" + one + "\n")
                .getBytes(StandardCharsets.UTF_8));
        List<Report> out = placer.place(d, List.of(at(d, one, "al-Sham"), at(d, one, "Saraqib")));
        Location group = out.get(0).location();
        assertFalse(group.resolved());
        assertTrue(group.candidates().isEmpty(), group.candidates().toString());
        Location town = out.get(1).location();
        assertTrue(town.resolved(), town.candidates().toString());
        assertEquals("SY", town.country());
    }

    @Test
    void place_unknownPlaceAfterTheSceneTheSentenceOpensWith_liesInThatScene() throws Exception {
        String one = "On 4 April 2022, in Zorbakov town (Zorbakov district, Kaduna), gunmen killed two farmers in "
                + "Qwertyville ward.";
        String two = "Gunmen killed two farmers in Qwertyville ward on Monday.";
        Document d = new DocumentReader().read("notes/scene.txt", ("Notes\n\n" + one + "\n\n" + two + "\n")
                .getBytes(StandardCharsets.UTF_8));
        List<Report> out = placer.place(d, List.of(at(d, one, "Qwertyville ward"), at(d, two, "Qwertyville ward")));
        Location ward = out.get(0).location();
        assertEquals("ne:NG-KD", ward.gazetteerId(), ward.toString());
        assertEquals("Qwertyville ward", ward.mention().text());
        assertEquals(3, ward.geoPrecision());
        // no scene set: unknown stays unknown
        assertFalse(out.get(1).location().resolved(), out.get(1).location().toString());
    }
}
