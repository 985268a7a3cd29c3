package org.sitrep.extract;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.knowledge.DataRow;

/**
 * Capitals that may stand for their government ("Moscow denied"), with the country (government_seats.tsv), and the
 * verbs whose seat-of-government subject is no place: true for action, false for stance (government_verbs.tsv).
 */
record GovernmentLexicon(PhraseSet<String> governmentSeats, Map<String, Boolean> governmentVerbs) {
    static GovernmentLexicon load() {
        PhraseSet<String> seats = new PhraseSet<>();
        for (DataRow r : DataFile.rows("government_seats.tsv", 2)) {
            if (!Character.isUpperCase(r.col(0).charAt(0))) {
                throw r.error("a seat of government is a capitalised name: '" + r.col(0) + "'");
            }
            if (!seats.add(r.col(0), r.col(1))) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        Map<String, Boolean> verbs = new HashMap<>();
        for (DataRow r : DataFile.rows("government_verbs.tsv", 2)) {
            String w = Lexicons.lowerWord(r);
            boolean action = switch (r.col(1)) {
                case "action" -> true;
                case "stance" -> false;
                default -> throw r.error("kind must be action or stance: " + r.col(1));
            };
            if (verbs.put(w, action) != null) {
                throw r.error("'" + w + "' is listed twice");
            }
        }
        return new GovernmentLexicon(seats.freeze(), Map.copyOf(verbs));
    }
}
