package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.SectionKind;

/** Throughput on generated 4 KB articles of our own sentences; logs articles per second on one thread. */
class SpeedTest {
    @Test
    void extract_generatedArticles_atLeastHundredPerSecond() {
        String[] s = {"Syrian Arab Army troops recaptured three villages near Hama on Tuesday, a military source told SANA.",
                "Activists said the strikes may have killed at least 12 civilians in Idlib.",
                "The weather in the region was cold and the markets were quiet.",
                "Analysts believe the talks in Geneva will not bring a lasting peace.",
                "ISIS militants attacked an army checkpoint outside Palmyra, killing four soldiers.",
                "Residents described long queues for bread and fuel across the province."};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 4000) {
            for (String x : s) {
                sb.append(x).append(' ');
            }
            sb.append("\n\n");
        }
        Document d = Fixtures.doc(SectionKind.BODY, sb.toString());
        ExtractStage st = Fixtures.stage();
        for (int i = 0; i < 300; i++) {
            st.extract(d);
        }
        int n = 1000;
        long t0 = System.nanoTime();
        int reports = 0;
        for (int i = 0; i < n; i++) {
            reports += st.extract(d).size();
        }
        double perSec = n / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("extract speed: %.0f articles/s (%d chars, %d reports each)%n", perSec, d.text().length(), reports / n);
        assertTrue(perSec >= 100, "articles/s " + perSec);
    }
}
