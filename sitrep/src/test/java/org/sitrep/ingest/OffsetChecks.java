package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The offset property every converter must keep: each verbatim clean character maps back to itself. */
final class OffsetChecks {
    private OffsetChecks() {
    }

    static int assertVerbatimCharsMapBack(String source, CleanText clean) {
        String text = clean.text();
        int checked = 0;
        for (int i = 0; i < text.length(); i++) {
            if (clean.isVerbatim(i)) {
                int o = clean.offsets().toOriginal(i);
                assertEquals(text.charAt(i), source.charAt(o), () -> "clean offset mapped to source offset " + o
                        + " in " + escape(source) + " -> " + escape(text));
                checked++;
            }
        }
        return checked;
    }

    private static String escape(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
