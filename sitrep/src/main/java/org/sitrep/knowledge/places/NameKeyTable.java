package org.sitrep.knowledge.places;

import java.util.List;
import org.sitrep.knowledge.LatinFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index keys of the gazetteer's non-ASCII names ({@link org.sitrep.knowledge.NameKey#of} and
 * {@link SkeletonKey#of}), computed at build time into {@value #FILE} by {@link NameKeyTableWriter}: romanising
 * and folding some 18,000 accented and Arabic-script names with ICU was most of the gazetteer's cold load. Plain
 * ASCII names are keyed by the loader on the fly (pure Java, no ICU).
 *
 * <p>The file is positional: row i holds the keys of the i-th non-ASCII name met walking the entries in load
 * order (every occurrence, duplicates included), so loading reads no names and hashes none; a line before the
 * header holds how many names that walk meets and a checksum of them. The loader asks {@link #cursor} for the
 * rows in that walk and, at the end, whether the names it met are the ones the file was built for; if not (a
 * data file edited since the last build) it loads again keying every name itself, so results never depend on
 * the file being fresh; NameKeyTableTest fails until it is regenerated.
 */
final class NameKeyTable {
    private static final Logger LOG = LoggerFactory.getLogger(NameKeyTable.class);
    static final String FILE = "namekeys.tsv";
    static final String COUNT = "names";
    static final String HEADER = "key\tskeleton\tjoined\tromanised";

    /** Name key and skeleton of row i, or null for the computing table. */
    private final String[] keys;
    private final String[] skeletons;
    /** Key of the name written without its inner marks ({@link JoinedMarks}), or "" when it has none. */
    private final String[] joined;
    /** {@link SkeletonKey#romanised} of an Arabic-script name (name similarity needs it), or "" for others. */
    private final String[] romanised;
    private final int names;
    private final int checksum;

    private NameKeyTable(String[] keys, String[] skeletons, String[] joined, String[] romanised, int names,
                         int checksum) {
        this.keys = keys;
        this.skeletons = skeletons;
        this.joined = joined;
        this.romanised = romanised;
        this.names = names;
        this.checksum = checksum;
    }

    /** A table that keys every name itself (the build step, which writes the file, and a stale file's reload). */
    static NameKeyTable computing() {
        return new NameKeyTable(null, null, null, null, -1, 0);
    }

    /** The table of {@value #FILE} from the source. */
    static NameKeyTable read(GazetteerData.Source source) {
        List<String> lines = source.lines(FILE);
        int n = 0;
        int count = -1;
        int sum = 0;
        String[] keys = null;
        String[] skeletons = null;
        String[] joined = null;
        String[] romanised = null;
        int row = 0;
        for (String line : lines) {
            n++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            if (keys == null && count < 0) {
                String[] c = line.split("\t", -1);
                try {
                    if (c.length != 3 || !c[0].equals(COUNT)) {
                        throw new NumberFormatException();
                    }
                    count = Integer.parseInt(c[1]);
                    sum = Integer.parseInt(c[2]);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(FILE + " line " + n + ": expected '" + COUNT
                            + "<TAB>count<TAB>checksum'");
                }
                continue;
            }
            if (keys == null) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(FILE + " line " + n + ": expected the header '" + HEADER + "'");
                }
                keys = new String[count];
                skeletons = new String[count];
                joined = new String[count];
                romanised = new String[count];
                continue;
            }
            int tab = line.indexOf('\t');
            int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
            int tab3 = tab2 < 0 ? -1 : line.indexOf('\t', tab2 + 1);
            if (tab3 < 0 || line.indexOf('\t', tab3 + 1) >= 0) {
                throw new IllegalStateException(FILE + " line " + n + ": expected 4 columns");
            }
            if (row >= count) {
                throw new IllegalStateException(FILE + " line " + n + ": more rows than the " + count + " announced");
            }
            keys[row] = line.substring(0, tab);
            skeletons[row] = line.substring(tab + 1, tab2);
            joined[row] = line.substring(tab2 + 1, tab3);
            romanised[row] = line.substring(tab3 + 1);
            row++;
        }
        if (keys == null || row != count) {
            throw new IllegalStateException(FILE + ": expected " + Math.max(count, 0) + " rows after the header, got "
                    + row);
        }
        return new NameKeyTable(keys, skeletons, joined, romanised, count, sum);
    }

    /** A fresh walk over the rows, for one load. */
    Cursor cursor() {
        return new Cursor();
    }

    /** The checksum of a walk's names: a polynomial hash of the names' hash codes, in order. */
    static int step(int checksum, String name) {
        return 31 * checksum + name.hashCode();
    }

    /**
     * Keys of the non-ASCII names in walk order. Used by one loading thread: call {@link #key} for every
     * non-ASCII name in that order, {@link #skeleton}, {@link #joined} and {@link #romanised} after it when wanted.
     */
    final class Cursor {
        private int row = -1;
        private int sum;
        private int computed;
        private LatinFolder folder;
        private NameKeys slow;
        private String name;

        /** Equal to {@code NameKey.of(name)} when the file is fresh. */
        String key(String name) {
            row++;
            sum = step(sum, name);
            this.name = name;
            if (keys == null) {
                if (folder == null) {
                    folder = new LatinFolder();
                }
                computed++;
                slow = NameKeys.of(name, folder);
                return slow.key();
            }
            return row < keys.length ? keys[row] : "";
        }

        /** Equal to {@code SkeletonKey.of(name)} of the name last given to {@link #key}. */
        String skeleton() {
            if (keys == null) {
                return slow.skeleton();
            }
            return row < skeletons.length ? skeletons[row] : "";
        }

        /**
         * Equal to {@code NameKey.of(JoinedMarks.of(name))} of the name last given to {@link #key}, or null when
         * it has no inner marks to join.
         */
        String joined() {
            if (keys == null) {
                String j = JoinedMarks.of(name);
                return j == null ? null : NameKeys.of(j, folder).key();
            }
            String k = row < joined.length ? joined[row] : "";
            return k.isEmpty() ? null : k;
        }

        /**
         * Equal to {@code SkeletonKey.romanised(name)} of the name last given to {@link #key} when it is of the
         * Arabic script, else null.
         */
        String romanised() {
            if (keys == null) {
                return SkeletonKey.arabicRomanised(name) ? SkeletonKey.romanised(name) : null;
            }
            String r = row < romanised.length ? romanised[row] : "";
            return r.isEmpty() ? null : r;
        }

        /** Whether the names walked are the ones the file was built for (always true when computing). */
        boolean fresh() {
            if (keys == null) {
                return true;
            }
            boolean ok = row + 1 == names && sum == checksum;
            if (!ok) {
                LOG.warn("{} was built for other gazetteer names (keyed at load, slowly): regenerate it with "
                        + "scripts/gazetteer/build.sh", FILE);
            }
            return ok;
        }

        /** How many names this walk keyed itself. */
        int computed() {
            return computed;
        }
    }
}
