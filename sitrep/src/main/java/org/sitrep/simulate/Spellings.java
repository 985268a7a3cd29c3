package org.sitrep.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.knowledge.DataRow;

/**
 * Other spellings of a place name (spellings.tsv): Tell for Tall, Kfar for Kafr, el- for al-. A variant changes
 * one word of the name, so the place stays recognisable to a reader.
 */
final class Spellings {
    static final String FILE = "spellings.tsv";

    private record Rule(String form, List<String> variants) {
    }

    private final List<Rule> rules;

    private Spellings(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Spellings bundled() {
        List<Rule> rules = new ArrayList<>();
        for (DataRow r : SimData.rows(FILE, "form", 2)) {
            rules.add(new Rule(r.col(0), SimData.split(r.col(1))));
        }
        return new Spellings(rules);
    }

    /** Every other spelling this name may take, one rule applied once each (empty when none applies). */
    List<String> variants(String name) {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) {
            int at = find(name, r.form());
            if (at < 0) {
                continue;
            }
            for (String v : r.variants()) {
                if (v.isEmpty() && at > 0) {
                    continue; // an article is dropped only at the start of a name: "Mayadin", never "Ras Ayn"
                }
                String s = name.substring(0, at) + v + name.substring(at + r.form().length());
                s = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
                if (!s.equals(name) && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A variant picked at random, or the name itself when none applies. */
    String vary(String name, SplittableRandom rnd) {
        List<String> v = variants(name);
        return v.isEmpty() ? name : v.get(rnd.nextInt(v.size()));
    }

    /** Where a form starts a word of the name (an article form like "al-" only at a word's start), or -1. */
    private static int find(String name, String form) {
        int i = name.indexOf(form);
        while (i >= 0) {
            boolean start = i == 0 || name.charAt(i - 1) == ' ';
            boolean end = form.endsWith("-") || i + form.length() == name.length()
                    || name.charAt(i + form.length()) == ' ';
            if (start && end) {
                return i;
            }
            i = name.indexOf(form, i + 1);
        }
        return -1;
    }
}
