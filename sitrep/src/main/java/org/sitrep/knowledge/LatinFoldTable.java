package org.sitrep.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What ICU's Latin-ASCII transliterator makes of each UTF-16 unit on its own, computed at build time
 * ({@link LatinFoldTableWriter}) so folding text needs no transliterator: building ICU's transliterator registry
 * was about 0.7 s of a cold start on one core. A unit the table does not list folds to itself whatever stands
 * around it; a listed unit folds to its entry, or must be folded with its context ({@link #inContext}).
 * LatinFoldTableTest recomputes the table from ICU and compares.
 */
final class LatinFoldTable {
    static final String FILE = "latin-ascii.tsv";
    static final String HEADER = "unit\tfolded";
    /** The entry of a unit whose folding depends on its neighbours. */
    static final String IN_CONTEXT_CELL = "*";

    private static final class Holder {
        static final LatinFoldTable SHIPPED = parse(BundledResource.lines(LatinFoldTable.class, FILE), FILE);
    }

    /** Folded form of each listed unit; {@link #IN_CONTEXT} for the units folded only with their context. */
    private final Map<Character, String> folds;
    /** Marks a unit to fold with its context (compared by identity). */
    static final String IN_CONTEXT = new String("in context");

    private LatinFoldTable(Map<Character, String> folds) {
        this.folds = folds;
    }

    static LatinFoldTable shipped() {
        return Holder.SHIPPED;
    }

    /** What the unit folds to alone, {@link #IN_CONTEXT}, or null when it stays as it is (it is not listed). */
    String fold(char c) {
        if (foldsWithNeighbours(c)) {
            return IN_CONTEXT;
        }
        return folds.get(c);
    }

    /** Whether Latin-ASCII keeps the unit as it is, whatever stands around it. */
    boolean keeps(char c) {
        return !foldsWithNeighbours(c) && !folds.containsKey(c);
    }

    /** Whether the unit must be folded together with its neighbours. */
    boolean inContext(char c) {
        return foldsWithNeighbours(c) || folds.get(c) == IN_CONTEXT;
    }

    /** Surrogates and combining marks: folded with what they belong to, so never listed. */
    static boolean foldsWithNeighbours(char c) {
        int type = Character.getType(c);
        return Character.isSurrogate(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Rows "unit TAB folded": the unit as four hex digits, the folding as space-separated hex units or "*". */
    static LatinFoldTable parse(List<String> lines, String name) {
        Map<Character, String> out = new HashMap<>(4096);
        for (DataRow r : DataRow.parseAfterHeader(name, lines, "unit", 2, IllegalStateException::new)) {
            if (r.cols().length != 2 || r.col(0).length() != 4) {
                throw r.error("expected a four-digit unit, a tab and its folding");
            }
            char unit = (char) hex(r, r.col(0));
            String cell = r.col(1);
            if (out.put(unit, cell.equals(IN_CONTEXT_CELL) ? IN_CONTEXT : units(r, cell)) != null) {
                throw r.error("unit " + r.col(0) + " twice");
            }
        }
        return new LatinFoldTable(out);
    }

    private static String units(DataRow r, String cell) {
        if (cell.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String u : cell.split(" ")) {
            b.append((char) hex(r, u));
        }
        return b.toString();
    }

    private static int hex(DataRow r, String s) {
        if (s.length() != 4) {
            throw r.error("bad unit '" + s + "'");
        }
        try {
            return Integer.parseInt(s, 16);
        } catch (NumberFormatException e) {
            throw r.error("bad unit '" + s + "'");
        }
    }
}
