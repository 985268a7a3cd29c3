package org.sitrep.eval.roles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.PhraseLexicon;

/**
 * CAMEO actor roots (three letters: a country's ISO alpha-3, PSE, IGO) named in an actor mention, from
 * cameo-actors.tsv. Used only to score our roles against CAMEO-coded sentences: an actor mention "matches" a gold
 * code when the mention names the code's root ("Israeli troops" names ISR, so it matches ISRMIL).
 */
final class CameoActorCodes {
    static final String FILE = "cameo-actors.tsv";
    private static volatile CameoActorCodes instance;

    private record Entry(String name, String root) {
    }

    private final List<Entry> entries = new ArrayList<>();

    CameoActorCodes(List<DataRow> rows) {
        for (DataRow r : rows) {
            String root = r.col(0);
            if (!root.matches("[A-Z]{3}")) {
                throw r.error("CAMEO root must be three capital letters: '" + root + "'");
            }
            for (String n : r.col(1).split("\\|")) {
                if (n.isBlank()) {
                    throw r.error("empty name in the list");
                }
                entries.add(new Entry(n.trim(), root));
            }
        }
    }

    static CameoActorCodes get() {
        CameoActorCodes c = instance;
        if (c == null) {
            synchronized (CameoActorCodes.class) {
                if (instance == null) {
                    instance = new CameoActorCodes(DataRow.parse(FILE,
                            BundledResource.lines(CameoActorCodes.class, FILE), 2, IllegalStateException::new));
                }
                c = instance;
            }
        }
        return c;
    }

    /** The roots named in a text, in order of first mention; whole words, case-sensitive. */
    Set<String> roots(String text) {
        Set<String> out = new LinkedHashSet<>();
        List<int[]> found = new ArrayList<>();
        for (Entry e : entries) {
            int from = 0;
            int at;
            while ((at = text.indexOf(e.name(), from)) >= 0) {
                int end = at + e.name().length();
                if (boundary(text, at - 1) && boundary(text, end)) {
                    found.add(new int[] {at, entries.indexOf(e)});
                }
                from = at + 1;
            }
        }
        found.sort((x, y) -> Integer.compare(x[0], y[0]));
        for (int[] f : found) {
            out.add(entries.get(f[1]).root());
        }
        return out;
    }

    /** Every name as an actor name, so the extractor spots countries and capitals as actors ("Israel released"). */
    PhraseLexicon asActorLexicon() {
        PhraseLexicon.Builder b = PhraseLexicon.builder();
        for (Entry e : entries) {
            b.add(e.name(), "cameo:" + e.root());
        }
        return b.build();
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
