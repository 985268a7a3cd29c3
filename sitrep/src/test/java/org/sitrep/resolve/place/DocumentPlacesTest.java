package org.sitrep.resolve.place;

import org.sitrep.model.ToponymResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * A mention's context is found by binary search within a reach of its sentence, the same for every news article as
 * the whole document, and bounded for a long one; the spans' searches agree with a scan of every span.
 */
class DocumentPlacesTest {
    private static final String SENTENCE = "Shelling hit Azaz and Marea north of Aleppo on Monday. ";

    @Test
    void longDocument_contextOfASentenceIsBounded_andHoldsWhatIsNear() {
        String text = SENTENCE.repeat(20_000); // about 1.1 MB, 60,000 place mentions
        Toponyms toponyms = new Toponyms(Gazetteer.get());
        List<Mention> mentions = toponyms.mentions(text);
        DocumentPlaces doc = new DocumentPlaces(text, mentions, new Readings(Gazetteer.get()));
        int mid = text.length() / 2;
        List<DocumentPlaces.Other> near = doc.near(mid, mid + SENTENCE.length());
        int perSentence = mentions.size() / 20_000;
        int expected = (2 * DocumentPlaces.REACH / SENTENCE.length() + 1) * perSentence;
        assertTrue(Math.abs(near.size() - expected) <= 2 * perSentence, near.size() + " vs " + expected);
        for (DocumentPlaces.Other o : near) {
            assertTrue(Math.abs(o.mention().span().start() - mid) <= DocumentPlaces.REACH + SENTENCE.length());
        }
    }

    @Test
    void article_contextIsTheWholeDocument() {
        String text = SENTENCE.repeat(100);
        List<Mention> mentions = new Toponyms(Gazetteer.get()).mentions(text);
        DocumentPlaces doc = new DocumentPlaces(text, mentions, new Readings(Gazetteer.get()));
        assertEquals(mentions.size(), doc.near(0, SENTENCE.length()).size());
        assertEquals(mentions.size(), doc.near(text.length() - 5, text.length()).size());
    }

    @Test
    void resolvingEveryMentionOfALongDocument_givesWhatOneSentenceGives() {
        String text = SENTENCE.repeat(3_000);
        Toponyms toponyms = new Toponyms(Gazetteer.get());
        List<ToponymResult> all = toponyms.tag(text);
        List<ToponymResult> one = toponyms.tag(SENTENCE);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(one.get(i % one.size()).gazetteerId(), all.get(i).gazetteerId(), "mention " + i);
        }
    }

    @Test
    void sortedSpans_agreeWithAScan() {
        Random r = new Random(3);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int s = r.nextInt(10_000);
            spans.add(new Span(s, s + 1 + r.nextInt(40)));
        }
        SortedSpans sorted = new SortedSpans(spans);
        for (int k = 0; k < 2_000; k++) {
            int s = r.nextInt(10_000);
            Span q = new Span(s, s + 1 + r.nextInt(30));
            boolean holds = spans.stream().anyMatch(o -> o.contains(q) && o.length() > q.length());
            boolean touches = spans.stream().anyMatch(o -> o.overlaps(q));
            assertEquals(holds, sorted.anyHoldsLonger(q), q::toString);
            assertEquals(touches, sorted.anyOverlaps(q), q::toString);
        }
    }

    @Test
    void unresolvedStaysUnresolved_whenNothingIsNear() {
        Location loc = new PlaceResolver().resolve(Location.unresolved(Mention.of("Zzyzx", 0, 5)),
                new PlaceContext("Zzyzx was quiet.", List.of(), null));
        assertTrue(!loc.resolved());
    }
}
