package org.sitrep.link.assess.syndication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    static final String POST = "Residents of the eastern district said the bakery was hit twice on Tuesday morning, "
            + "shortly after the queue for bread had formed, and that volunteers carried the wounded to a field "
            + "clinic two streets away because the main hospital had closed the week before.";
    static final String OTHER = "The council announced a new schedule for water deliveries to the camps in the "
            + "north, saying tankers would arrive every second day once the repaired pumping station reopens.";

    @Test
    void jaccard_sameText_one() {
        assertEquals(1.0, Fingerprint.of(POST).jaccard(Fingerprint.of(POST)));
    }

    @Test
    void jaccard_repostWithOtherPunctuationAndCase_one() {
        String repost = POST.toUpperCase().replace(",", " ;");
        assertEquals(1.0, Fingerprint.of(POST).jaccard(Fingerprint.of(repost)));
    }

    @Test
    void jaccard_repostWithAddedCredit_high() {
        assertTrue(Fingerprint.of(POST).jaccard(Fingerprint.of("Originally published by a local blog. " + POST))
                >= 0.8);
    }

    @Test
    void jaccard_unrelatedText_low() {
        assertTrue(Fingerprint.of(POST).jaccard(Fingerprint.of(OTHER)) < 0.1);
    }

    @Test
    void jaccard_emptyText_zero() {
        assertTrue(Fingerprint.of("  ").isEmpty());
        assertEquals(0.0, Fingerprint.of("").jaccard(Fingerprint.of("")));
    }

    @Test
    void toBytes_roundTrip_equal() {
        Fingerprint f = Fingerprint.of(POST);
        assertEquals(512, f.toBytes().length);
        assertEquals(f, Fingerprint.fromBytes(f.toBytes()));
        assertEquals(f, Fingerprint.fromBase64(f.toBase64()));
        assertArrayEquals(f.values(), Fingerprint.ofValues(f.values()).values());
    }

    @Test
    void fromBytes_wrongLength_rejected() {
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(new byte[7]));
    }

    @Property
    void of_anyText_deterministicAndRoundTrips(@ForAll String text) {
        Fingerprint f = Fingerprint.of(text);
        assertEquals(f, Fingerprint.of(text));
        assertEquals(f, Fingerprint.fromBase64(f.toBase64()));
    }
}
