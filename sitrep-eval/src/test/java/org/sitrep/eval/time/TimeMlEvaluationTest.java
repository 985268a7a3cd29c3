package org.sitrep.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlEvaluationTest {
    @TempDir
    Path dir;

    /** Our own TimeML: three gold DATEs and one DURATION. */
    private static final String TML = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>t1</DOCID>\n"
            + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2015-10-28\" functionInDocument=\"CREATION_TIME\">"
            + "2015-10-28</TIMEX3></DCT>\n<TEXT>\nTalks ended <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-10-27\">"
            + "yesterday</TIMEX3> after <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\">two weeks</TIMEX3> &amp; "
            + "resume <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2015-11\">next month</TIMEX3>, not "
            + "<TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2016\">in 2016</TIMEX3>.\n</TEXT>\n</TimeML>\n";

    private List<TimeMlDocument> docs() throws IOException {
        Files.createDirectories(dir.resolve("TimeBank"));
        Files.createDirectories(dir.resolve("AQUAINT"));
        Files.writeString(dir.resolve("TimeBank").resolve("t1.tml"), TML);
        return TimeMlEvaluation.load(dir);
    }

    @Test
    void read_timeMl_plainTextOffsetsAndDct() throws IOException {
        TimeMlDocument d = docs().get(0);
        assertEquals(LocalDate.of(2015, 10, 28), d.dct());
        assertEquals(4, d.timexes().size());
        TimeMlDocument.Gold y = d.timexes().get(0);
        assertEquals("yesterday", d.text().substring(y.start(), y.end()));
        assertTrue(d.text().contains("two weeks & resume"), "entity decoded");
    }

    @Test
    void score_mixedSystemOutput_countsStrictRelaxedValueAndSpurious() throws IOException {
        List<TimeMlDocument> docs = docs();
        String text = docs.get(0).text();
        TimeMlEvaluation.Tagger fake = (t, dct) -> List.of(
                new TimeMlEvaluation.Timex(text.indexOf("yesterday"), text.indexOf("yesterday") + 9, "DATE",
                        "2015-10-27"), // strict, right value
                new TimeMlEvaluation.Timex(text.indexOf("month"), text.indexOf("month") + 5, "DATE", "2015-12"),
                // relaxed only, wrong value
                new TimeMlEvaluation.Timex(text.indexOf("Talks"), text.indexOf("Talks") + 5, "DATE", "X"));
        List<String> lines = new ArrayList<>();
        TimeMlEvaluation.Scores s = TimeMlEvaluation.score(fake, docs, lines::add, 0);
        assertEquals(3, s.gold());
        assertEquals(3, s.system());
        assertEquals(1, s.strict());
        assertEquals(2, s.relaxed());
        assertEquals(1, s.valueCorrect());
        assertEquals(1.0 / 3, s.valueF1(), 1e-9);
        assertEquals(List.of("OK", "VALUE", "MISS", "SPURIOUS"), lines.stream().map(l -> l.split("\t")[0]).toList());
    }

    @Test
    void load_missingFolder_failsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeMlEvaluation.load(dir));
        assertTrue(e.getMessage().contains("TimeBank"), e.getMessage());
    }
}
