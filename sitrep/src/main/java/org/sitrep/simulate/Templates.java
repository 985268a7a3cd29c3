package org.sitrep.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sitrep.knowledge.DataRow;

/** The sentence forms of simulated articles (templates.tsv), by kind; filled by slot name. */
final class Templates {
    static final String FILE = "templates.tsv";
    private final Map<String, List<String>> byKind;

    private Templates(Map<String, List<String>> byKind) {
        this.byKind = byKind;
    }

    static Templates bundled() {
        Map<String, List<String>> m = new HashMap<>();
        for (DataRow r : SimData.rows(FILE, "kind", 2)) {
            m.computeIfAbsent(r.col(0), k -> new ArrayList<>()).add(r.col(1));
        }
        return new Templates(m);
    }

    /** A form of this kind picked at random, its slots filled from {@code slots}. */
    String fill(String kind, SplittableRandom rnd, Map<String, String> slots) {
        List<String> forms = byKind.get(kind);
        if (forms == null) {
            throw new SimData.DataException(FILE + ": no sentence of kind '" + kind + "'");
        }
        String form = forms.get(rnd.nextInt(forms.size()));
        StringBuilder out = new StringBuilder(form.length() + 64);
        int i = 0;
        while (i < form.length()) {
            int open = form.indexOf('{', i);
            if (open < 0) {
                out.append(form, i, form.length());
                break;
            }
            int close = form.indexOf('}', open);
            out.append(form, i, open);
            String value = slots.get(form.substring(open + 1, close));
            if (value == null) {
                throw new SimData.DataException(FILE + ": slot " + form.substring(open, close + 1) + " of kind '"
                        + kind + "' has no value here");
            }
            out.append(value);
            i = close + 1;
        }
        return capitalise(out.toString());
    }

    private static String capitalise(String s) {
        return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
