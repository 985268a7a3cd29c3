package org.sitrep.extract;

import java.util.List;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.model.Document;
import org.sitrep.model.Report;
import org.sitrep.model.SectionKind;

/** Test helpers: small lexicons from names we list, and documents made of labelled parts. */
final class Fixtures {
    private Fixtures() {
    }

    static PhraseLexicon lexicon(String... names) {
        PhraseLexicon.Builder b = PhraseLexicon.builder();
        for (String n : names) {
            b.add(n, "id:" + n);
        }
        return b.build();
    }

    static ExtractStage stage() {
        return new ExtractStage(
                lexicon("Islamic State", "ISIS", "Jabhat al-Nusra", "Nusra", "Hizbullah", "SDF", "YPG", "IS",
                        "Syrian Arab Army", "Tiger Forces", "Ahrar al-Sham"),
                lexicon("Aleppo", "Raqqa", "Idlib", "Hama", "Homs", "Palmyra", "Deir ez-Zor", "Manbij", "Azaz",
                        "Marea", "Tadef", "Kobani"));
    }

    /** A document whose parts are (kind, text) pairs joined by blank lines. */
    static Document doc(Object... kindAndText) {
        return org.sitrep.model.TestDocuments.of("doc1", "Our Own Outlet", null, kindAndText);
    }

    static List<Report> body(String text) {
        return stage().extract(doc(SectionKind.BODY, text));
    }
}
