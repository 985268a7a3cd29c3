package org.sitrep.knowledge.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.knowledge.LatinFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index keys of the gazetteer's non-ASCII names ({@link org.sitrep.knowledge.NameKey#of} and
 * {@link SkeletonKey#of}), computed at build time into {@value #FILE} by {@link NameKeyTableWriter}: romanising
 * and folding some 16,000 accented and Arabic-script names with ICU was most of the gazetteer's cold load. Plain
 * ASCII names are keyed here on the fly (pure Java, no ICU). A name the file lacks (a hand edit since the last
 * build) is keyed the slow way, so results never depend on the file being fresh; NameKeyTableTest fails until it
 * is regenerated. Used by one loading thread.
 */
final class NameKeyTable {
    private static final Logger LOG = LoggerFactory.getLogger(NameKeyTable.class);
    static final String FILE = "namekeys.tsv";
    static final String HEADER = "name\tkey\tskeleton";

    /** Name key and skeleton of each name of the file. */
    private final Map<String, String[]> byName;
    private final AtomicInteger computed = new AtomicInteger();
    private LatinFolder folder;

    private NameKeyTable(Map<String, String[]> byName) {
        this.byName = byName;
    }

    /** A table that keys every name itself (the build step, which writes the file). */
    static NameKeyTable computing() {
        return new NameKeyTable(Map.of());
    }

    /** The table of {@value #FILE} from the source. */
    static NameKeyTable read(GazetteerData.Source source) {
        List<String> lines = source.lines(FILE);
        Map<String, String[]> m = new HashMap<>(lines.size() * 4 / 3 + 1);
        boolean header = true;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            if (header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(FILE + " line " + n + ": expected the header '" + HEADER + "'");
                }
                header = false;
                continue;
            }
            int a = line.indexOf('\t');
            int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
            if (b < 0 || line.indexOf('\t', b + 1) >= 0) {
                throw new IllegalStateException(FILE + " line " + n + ": expected 3 columns");
            }
            if (m.put(line.substring(0, a), new String[] {line.substring(a + 1, b), line.substring(b + 1)}) != null) {
                throw new IllegalStateException(FILE + " line " + n + ": duplicate name '" + line.substring(0, a)
                        + "'");
            }
        }
        return new NameKeyTable(m);
    }

    /** Whether the table holds this name's keys (only non-ASCII names are in the file). */
    boolean holds(String name) {
        return byName.containsKey(name);
    }

    /** Equal to {@code NameKey.of(name)}. */
    String key(String name) {
        if (SkeletonKey.ascii(name)) {
            return Gazetteer.key(name);
        }
        String[] k = byName.get(name);
        return k != null ? k[0] : slow(name).key();
    }

    /** Equal to {@code SkeletonKey.of(name)}. */
    String skeleton(String name) {
        if (SkeletonKey.ascii(name)) {
            return SkeletonKey.ofRomanised(name);
        }
        String[] k = byName.get(name);
        return k != null ? k[1] : slow(name).skeleton();
    }

    /** How many non-ASCII names were keyed the slow way (not in the file). */
    int computed() {
        return computed.get();
    }

    private NameKeys slow(String name) {
        if (computed.getAndIncrement() == 0 && !byName.isEmpty()) {
            LOG.warn("{} lacks names of the gazetteer (keyed at load, slowly): regenerate it with "
                    + "scripts/gazetteer/build.sh", FILE);
        }
        if (folder == null) {
            folder = new LatinFolder();
        }
        return NameKeys.of(name, folder);
    }
}
