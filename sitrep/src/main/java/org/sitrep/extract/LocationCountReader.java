package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the per-location lines of strike summaries: prose lines "Near Raqqa, four airstrikes struck ..." and the
 * rows of a pipe table "Near Aleppo | 4 | struck ..." (after a header such as "Location | Airstrikes | Results").
 * Such a line reports a tally for one place over the release's period, so it is a count observation, not an event.
 * Only lines that open with "near" or are table rows qualify: in news prose, "In Aleppo, 4 airstrikes killed 10"
 * is an event.
 */
final class LocationCountReader {
    private static final Set<String> OPENERS = ClosedClass.of("openers");

    /** A table header's count column and the type of its event noun. */
    record Header(int column, Trigger trigger) {
    }

    /**
     * A per-location count: the place's tokens [placeStart, placeEnd), the number's tokens [numStart, numEnd) and
     * value, the event noun right after the number (or -1), and whether the place is a vicinity ("near").
     */
    record Line(int placeStart, int placeEnd, int numStart, int numEnd, int value, int noun, boolean vicinity,
                boolean table) {
    }

    private final TriggerLexicon triggerLex;
    private final NumberReader numbers;

    LocationCountReader(TriggerLexicon triggerLex, NumberReader numbers) {
        this.triggerLex = triggerLex;
        this.numbers = numbers;
    }

    /** A pipe-table header with one cell that is exactly a countable event noun ("Airstrikes"), or null. */
    Header header(List<Token> toks) {
        List<int[]> cells = cells(toks);
        if (cells.size() < 2) {
            return null;
        }
        for (int c = 0; c < cells.size(); c++) {
            int[] cell = cells.get(c);
            if (cell[1] <= cell[0]) {
                continue;
            }
            if (toks.get(cell[0]).isNumber()) {
                return null;
            }
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, cell[0], cell[1]);
            if (m != null && m.end() == cell[1] && m.value().has("count")) {
                return new Header(c, m.value());
            }
        }
        return null;
    }

    /** A per-location count line, or null. {@code header} is the table header in force (may be null). */
    Line read(List<Token> toks, Header header) {
        List<int[]> cells = cells(toks);
        if (cells.size() >= 2) {
            return tableRow(toks, cells, header);
        }
        int n = toks.size();
        if (n < 5 || !toks.get(0).is("near")) {
            return null;
        }
        int comma = -1;
        for (int i = 1; i < Math.min(n, 8); i++) {
            if (toks.get(i).is(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 2 || !toks.get(1).capitalised()) {
            return null;
        }
        int p = comma + 1;
        if (p < n && (toks.get(p).is("~") || toks.get(p).is("about"))) {
            p++;
        }
        NumberReader.Hit h = p < n ? numbers.at(toks, p, n) : null;
        if (h == null || h.value() == null || h.end() >= n) {
            return null;
        }
        PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, h.end());
        if (m == null || !m.value().has("count")) {
            return null;
        }
        return new Line(1, comma, h.start(), h.end(), h.value(), h.end(), true, false);
    }

    private Line tableRow(List<Token> toks, List<int[]> cells, Header header) {
        int[] first = cells.get(0);
        if (first[1] - first[0] < 1) {
            return null;
        }
        int ps = first[0];
        boolean vicinity = false;
        if (OPENERS.contains(toks.get(ps).lower())) {
            vicinity = toks.get(ps).is("near") || toks.get(ps).is("around") || toks.get(ps).is("outside")
                    || toks.get(ps).is("vicinity");
            ps++;
        }
        if (ps >= first[1] || !toks.get(ps).capitalised()) {
            return null;
        }
        int column = header != null ? header.column() : -1;
        for (int c = 1; c < cells.size(); c++) {
            if (column >= 0 && c != column) {
                continue;
            }
            int[] cell = cells.get(c);
            int s = cell[0];
            if (s < cell[1] && (toks.get(s).is("~") || toks.get(s).is("about"))) {
                s++;
            }
            NumberReader.Hit h = s < cell[1] ? numbers.at(toks, s, cell[1]) : null;
            if (h != null && h.value() != null && h.start() == s) {
                int noun = -1;
                if (h.end() < cell[1]) {
                    PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, h.end(), cell[1]);
                    if (m == null || !m.value().has("count")) {
                        continue;
                    }
                    noun = h.end();
                } else if (header == null) {
                    // a bare number needs a header to say what it counts
                    continue;
                }
                return new Line(ps, first[1], h.start(), h.end(), h.value(), noun, vicinity, true);
            }
        }
        return null;
    }

    /** Token ranges of the cells between "|" marks; one range when there is no "|". */
    static List<int[]> cells(List<Token> toks) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).is("|")) {
                out.add(new int[] {s, i});
                s = i + 1;
            }
        }
        out.add(new int[] {s, toks.size()});
        if (out.size() > 1 && out.get(0)[1] == out.get(0)[0]) {
            out.remove(0);
        }
        if (out.size() > 1 && out.get(out.size() - 1)[1] == out.get(out.size() - 1)[0]) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
