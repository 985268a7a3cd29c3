package org.sitrep.resolve.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;

/**
 * The {@link LeadingChars} of the standard grammar's patterns, found at build time ({@link LeadingCharsTableWriter})
 * and keyed by a hash of each pattern's text and flags, so building the grammar asks no pattern about its leading
 * characters. A pattern the table lacks (a rule changed since the table was written) is probed at load as before;
 * LeadingCharsTableTest fails until the table is written again.
 */
final class LeadingCharsTable {
    static final String FILE = "leading-chars.tsv";
    static final String HEADER = "pattern\tleading";

    private static final class Holder {
        static final LeadingCharsTable SHIPPED = parse(BundledResource.lines(LeadingCharsTable.class, FILE), FILE);
    }

    private final Map<String, String> byKey;

    private LeadingCharsTable(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    static LeadingCharsTable shipped() {
        return Holder.SHIPPED;
    }

    /** The pattern's leading characters, or null when the table does not hold it. */
    LeadingChars get(Pattern pattern) {
        String words = byKey.get(key(pattern));
        return words == null ? null : LeadingChars.decode(words);
    }

    /** A 64-bit FNV-1a hash of the pattern's flags and text, in hex. */
    static String key(Pattern pattern) {
        long h = 0xcbf29ce484222325L;
        String s = pattern.flags() + "/" + pattern.pattern();
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return Long.toHexString(h);
    }

    static LeadingCharsTable parse(List<String> lines, String name) {
        Map<String, String> out = new HashMap<>();
        for (DataRow r : DataRow.parseAfterHeader(name, lines, "pattern", 2, IllegalStateException::new)) {
            if (r.cols().length != 2 || r.col(0).isEmpty()) {
                throw r.error("expected a pattern key, a tab and hex words");
            }
            try {
                LeadingChars.decode(r.col(1));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            if (out.put(r.col(0), r.col(1)) != null) {
                throw r.error("pattern " + r.col(0) + " twice");
            }
        }
        return new LeadingCharsTable(Map.copyOf(out));
    }
}
