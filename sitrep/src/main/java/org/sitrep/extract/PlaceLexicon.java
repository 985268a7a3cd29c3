package org.sitrep.extract;

import java.util.Set;
import org.sitrep.knowledge.DataRow;

/** Place heads ("village"), place prepositions with their strength and vicinity, generic places ("the area"). */
record PlaceLexicon(Set<String> placeHeads, PhraseSet<Prep> placePreps, PhraseSet<Boolean> genericPlaces) {
    record Prep(int strength, boolean vicinity) {
    }

    static PlaceLexicon load() {
        PhraseSet<Prep> preps = new PhraseSet<>();
        for (DataRow r : DataFile.rows("place_prepositions.tsv", 3)) {
            preps.add(r.col(0), new Prep(Lexicons.parseInt(r, 1), r.col(2).equals("y")));
        }
        return new PlaceLexicon(Lexicons.words("place_heads.txt"), preps.freeze(),
                Lexicons.phrases("generic_places.txt"));
    }
}
