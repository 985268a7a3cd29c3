package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The conflict-age phrases found around each "year" are exactly those a scan of the whole text finds. */
class ConflictAgeScanTest {
    private static final List<String> PIECES = List.of(
            "the seven-year war", "The war, now in its eighth year,", "in the fifth year of the Syrian conflict",
            "a 10-year-long civil war", "the uprising's, now in its third year", "Years later", "this year",
            "YEAR", "yearly", "the ninth year of the war", "a three year old crisis", "Shelling resumed.",
            "The convoy reached the town on Tuesday.", "\n\n", "   ", "-", "civil war", "revolution",
            "the fourth   year   of the revolution", "a twelve years conflict");

    @Test
    void aroundEachYear_findsWhatTheWholeTextScanFinds() {
        PublicationWindowInferrer inferrer = PublicationWindowInferrer.standard();
        Random random = new Random(11);
        int found = 0;
        for (int t = 0; t < 400; t++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextBoolean() ? " " : "");
                if (random.nextInt(8) == 0) {
                    text.append("x".repeat(random.nextInt(300)));
                }
            }
            String s = text.toString();
            List<PublicationWindowInferrer.AgePhrase> full = inferrer.conflictAgePhrasesByFullScan(s);
            List<PublicationWindowInferrer.AgePhrase> around = inferrer.conflictAgePhrases(s);
            for (int k = 0; k < Math.max(full.size(), around.size()); k++) {
                Object a = k < full.size() ? full.get(k) : null;
                Object b = k < around.size() ? around.get(k) : null;
                assertEquals(a, b, "phrase " + k + " of: " + s);
            }
            found += full.size();
        }
        assertFalse(found == 0, "the texts hold conflict-age phrases");
    }
}
