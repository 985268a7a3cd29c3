package org.sitrep.extract;

import java.util.Locale;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Modality;

/** Cues of modality with their scope (modality.tsv) and reporting verbs with the stance they give (reporting.tsv). */
record ModalityCues(PhraseSet<Cue> cues, PhraseSet<Reporting> reporting) {
    record Reporting(Modality modality, String objectRole) {
    }

    static ModalityCues load() {
        PhraseSet<Cue> cues = new PhraseSet<>();
        for (DataRow r : DataFile.rows("modality.tsv", 3)) {
            Modality m = Modality.parse(r.col(1)).orElseThrow(() -> r.error("unknown modality " + r.col(1)));
            Cue.Scope scope;
            try {
                scope = Cue.Scope.valueOf(r.col(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("scope must be sentence, before, trigger or generic: " + r.col(2));
            }
            if (!cues.add(r.col(0), new Cue(m, scope))) {
                throw r.error("cue '" + r.col(0) + "' is listed twice");
            }
        }
        PhraseSet<Reporting> reporting = new PhraseSet<>();
        for (DataRow r : DataFile.rows("reporting.tsv", 3)) {
            Modality m = Modality.parse(r.col(1)).orElseThrow(() -> r.error("unknown modality " + r.col(1)));
            reporting.add(r.col(0), new Reporting(m, Lexicons.dash(r.col(2))));
        }
        return new ModalityCues(cues.freeze(), reporting.freeze());
    }
}
