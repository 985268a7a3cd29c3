package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Attribution;
import org.sitrep.model.SubEventType;

/** Row helpers shared by the lexicon loaders: every bad cell fails naming file and line. */
final class Lexicons {
    private Lexicons() {
    }

    static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    static int parseInt(DataRow r, int col) {
        try {
            return Integer.parseInt(r.col(col));
        } catch (NumberFormatException e) {
            throw r.error("not a whole number: " + r.col(col));
        }
    }

    static SubEventType type(DataRow r, int col) {
        return SubEventType.parse(r.col(col)).orElseThrow(() -> r.error("unknown sub-event type " + r.col(col)));
    }

    static Attribution.Role role(DataRow r, String s) {
        return switch (s) {
            case "OUTLET" -> Attribution.Role.OUTLET;
            case "ORGANISATION" -> Attribution.Role.ORGANISATION;
            default -> throw r.error("role must be OUTLET or ORGANISATION: " + s);
        };
    }

    static Set<String> words(String file) {
        return Set.copyOf(DataFile.words(file));
    }

    static PhraseSet<Boolean> phrases(String file) {
        PhraseSet<Boolean> out = new PhraseSet<>();
        for (String w : DataFile.words(file)) {
            out.add(w, Boolean.TRUE);
        }
        return out.freeze();
    }

    static PhraseSet<SubEventType> typedPhrases(String file) {
        PhraseSet<SubEventType> out = new PhraseSet<>();
        for (DataRow r : DataFile.rows(file, 2)) {
            if (!out.add(r.col(0), type(r, 1))) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        return out.freeze();
    }

    static String lowerWord(DataRow r) {
        String w = r.col(0);
        if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.contains(" ")) {
            throw r.error("expected one lower-case word, got '" + w + "'");
        }
        return w;
    }
}
