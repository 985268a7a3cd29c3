package org.sitrep.ingest;

import java.util.List;

/**
 * Text decoded from a file's bytes, the encoding used, and whether it was guessed rather than known; when UTF-8
 * had invalid sequences, how many were replaced by U+FFFD and the byte offsets of the first few.
 */
record Decoded(String text, String encoding, boolean fallback, int replaced, List<Integer> replacedAt) {
    Decoded {
        replacedAt = List.copyOf(replacedAt);
    }

    Decoded(String text, String encoding, boolean fallback) {
        this(text, encoding, fallback, 0, List.of());
    }

    /** UTF-8 with its few invalid sequences replaced: known to be UTF-8, not a guess. */
    static Decoded repaired(Utf8Scan scan) {
        return new Decoded(scan.text(), "UTF-8", false, scan.invalid(), scan.firstInvalidOffsets());
    }
}
