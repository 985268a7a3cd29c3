package org.sitrep.link.assess;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.NameKey;
import org.sitrep.model.Quantity;

/**
 * A toll as a range of values it is consistent with: a stated number is a point ("at least 56" is 56, the
 * figure its source documented); a vague amount is a range ("dozens": 12–99, per {@code vague-amounts.tsv}).
 */
record FatalityFigure(int low, int high, String words) {
    static final String FILE = "vague-amounts.tsv";
    private static volatile Map<String, int[]> vague;

    static FatalityFigure of(Quantity q) {
        String text = q.mention().text();
        if (!text.chars().anyMatch(Character::isDigit)) {
            for (String w : NameKey.tokens(text)) {
                int[] range = vague().get(w);
                if (range != null) {
                    return new FatalityFigure(Math.max(range[0], Math.min(q.value(), range[1])), range[1], text);
                }
            }
        }
        return new FatalityFigure(q.value(), q.value(), text);
    }

    boolean point() {
        return low == high;
    }

    /** How the figure reads in a contradiction's position. */
    String label() {
        return point() ? low + " killed" : words.trim() + " killed";
    }

    static Map<String, int[]> vague() {
        Map<String, int[]> v = vague;
        if (v == null) {
            Map<String, int[]> m = new HashMap<>();
            List<DataRow> rows = DataLines.bundled(FILE, 3);
            for (DataRow row : rows) {
                try {
                    int lo = Integer.parseInt(row.col(1));
                    int hi = Integer.parseInt(row.col(2));
                    if (lo < 0 || hi < lo) {
                        throw row.error("low must be >= 0 and <= high");
                    }
                    if (m.put(row.col(0).toLowerCase(java.util.Locale.ROOT), new int[] {lo, hi}) != null) {
                        throw row.error("word '" + row.col(0) + "' is listed twice");
                    }
                } catch (NumberFormatException e) {
                    throw row.error("low and high must be whole numbers");
                }
            }
            v = Map.copyOf(m);
            vague = v;
        }
        return v;
    }
}
