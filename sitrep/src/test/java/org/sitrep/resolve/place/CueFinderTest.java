package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cue finders find exactly what {@link Matcher#find()} finds with the same pattern: on crafted edge cases
 * (sentences written by us) and on every text file of the test resources.
 */
class CueFinderTest {
    private static final List<CueFinder> ALL = List.of(Cues.NAME_THEN_REGION_FINDER, Cues.REGION_OF_NAME_FINDER,
            Cues.DIRECTION_NAME_FINDER, Cues.DISTANCE_FINDER, Cues.NEAR_FINDER, Cues.HEDGE_BEFORE_FINDER);

    private static final List<String> CRAFTED = List.of(
            "Shelling hit the Aleppo Governorate and Idlib's countryside; the province of Hama was calm.",
            "Fighting in eastern Hama, rural Idlib and north-east Aleppo, south Ar-Raqqa, Northwestern Homs.",
            "A car bomb exploded 10 km from Azaz and 3.5 miles outside the town of Marea, 2,5 kms north of Afrin.",
            "Troops near Tal Rifaat, outside Menbij, close to Jarablus, on the outskirts of Al Bab, in the vicinity of "
                    + "Deir ez-Zor, around Sarmin, west of the city of Ariha.",
            "Hayat Tahrir al-Sham held Deir al-Asafir. McDonald Province. ABC  \t province. X's region Y'\u2019 district",
            "Idlib-province, Idlib\u00a0province, Idlib\nprovince, Idlib\u0085province, DISTRICT OF HOMS, Rural Damascus",
            "ProvinceOf Aleppo; province  of   Aleppo; governorateof X; northern  Hama; \u212Aorth Hama; NORTHERN HAMA",
            "5km of Azaz 7 KM FROM Azaz 12 kilometres (from) Afrin; 9 kilometers southeast of the village of Tadef",
            "near", "province", "Aleppo province", "A b", "", " ", "North of", "Z's  region",
            "Xnear Azaz, _near Azaz, 5near Azaz, \u00e9near Azaz, -near Azaz, (near Azaz), \u0301near Azaz",
            "3northern Hama, \u00e9rural Idlib, _east Homs, 'west Aleppo, \u0627north Hama, midsouth Daraa");

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>(CRAFTED);
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|md|html)$"))
                    .sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<String> byFind(CueFinder f, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = f.pattern().matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.start(1) + ":" + m.group(1));
        }
        return out;
    }

    private static List<String> byFinder(CueFinder f, String text) {
        return f.all(text).stream().map(m -> m.start() + "-" + m.end() + ":" + m.start(1) + ":" + m.group(1))
                .toList();
    }

    @Test
    void everyFinder_findsWhatFindFinds() throws IOException {
        int texts = 0;
        for (String text : corpus()) {
            texts++;
            for (CueFinder f : ALL) {
                assertEquals(byFind(f, text), byFinder(f, text), f.pattern() + " in text " + texts);
            }
        }
    }

    @Test
    void any_tellsWhatFindTells_forEveryWindowBeforeAName() throws IOException {
        for (String text : corpus()) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isUpperCase(text.charAt(i))) {
                    String before = text.substring(Math.max(0, i - 60), i);
                    for (CueFinder f : ALL) {
                        assertEquals(f.pattern().matcher(before).find(), f.any(before), f.pattern() + ": " + before);
                    }
                }
            }
        }
    }
}
