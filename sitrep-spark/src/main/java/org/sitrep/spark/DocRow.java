package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;

/**
 * A document as the engine read it: its metadata record (JSON), its reports' records (JSON, in document order, no
 * event yet), the outlet a repost names as its original, its text fingerprint (Base64, null for no body text), and
 * {@code order} among the inputs, and the bytes it was read from (kept in the documents table, so that a store
 * the output is imported into can reprocess), and the bridge blocks its reports own ({@link BlockLinking}: the blocks
 * of reports lacking a date or a place). A document that could not be read has only {@code path} and
 * {@code problem}.
 */
record DocRow(String id, String path, String order, String documentJson, List<String> reportJsons,
              String originalOutlet, String fingerprint, byte[] original, List<String> bridges, String problem)
        implements Serializable {
    static DocRow failed(String path, String problem) {
        return new DocRow(null, path, null, null, List.of(), null, null, null, List.of(), problem);
    }

    boolean failed() {
        return problem != null;
    }
}
