package org.sitrep.link.assess.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    @Test
    void firstNearDuplicate_repostOfEarlierPost_findsOriginal() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("blog-1", Fingerprint.of(FingerprintTest.POST));
        index.add("news-2", Fingerprint.of(FingerprintTest.OTHER));
        Fingerprint repost = Fingerprint.of("Shared from a reader's blog: " + FingerprintTest.POST);
        assertEquals(Optional.of("blog-1"), index.firstNearDuplicate(repost, NearDuplicateIndex.COPY_THRESHOLD));
    }

    @Test
    void firstNearDuplicate_severalCopies_earliestAdded() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("wire", Fingerprint.of(FingerprintTest.POST));
        index.add("portal-a", Fingerprint.of(FingerprintTest.POST));
        assertEquals(Optional.of("wire"), index.firstNearDuplicate(Fingerprint.of(FingerprintTest.POST), 0.8));
        assertEquals(Optional.of("portal-a"),
                index.firstNearDuplicate(Fingerprint.of(FingerprintTest.POST), 0.8, "wire"));
    }

    @Test
    void firstNearDuplicate_unrelated_empty() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("blog-1", Fingerprint.of(FingerprintTest.POST));
        assertTrue(index.firstNearDuplicate(Fingerprint.of(FingerprintTest.OTHER), 0.8).isEmpty());
        assertEquals(1, index.size());
    }
}
