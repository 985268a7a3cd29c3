package org.sitrep.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A document as the engine read it: its metadata record (JSON); its reports' records (JSON, no event yet), those
 * the linker may link as strings with their places in the document ({@code linkAt}), the others (most: status
 * observations, counts) as one UTF-8 block of lines with theirs ({@code othersAt}), read only to be written, so that
 * the steps that pass over every document do not decode them; the outlet a repost names as its original, its text
 * fingerprint (Base64, null for no body text), its {@code order} among the inputs, the bytes it was read from (kept
 * in the documents table, so that a store the output is imported into can reprocess), and the bridge blocks its
 * reports own ({@link BlockLinking}: the blocks of reports lacking a date or a place). A document that could not
 * be read has only {@code path} and {@code problem}.
 */
record DocRow(String id, String path, String order, String documentJson, List<String> linkJsons, int[] linkAt,
              byte[] others, int[] othersAt, String originalOutlet, String fingerprint, byte[] original,
              List<String> bridges, String problem) implements Serializable {
    static DocRow failed(String path, String problem) {
        return new DocRow(null, path, null, null, List.of(), new int[0], new byte[0], new int[0], null, null, null,
                List.of(), problem);
    }

    boolean failed() {
        return problem != null;
    }

    /** How many reports the document has. */
    int reports() {
        return linkAt.length + othersAt.length;
    }

    /** The records of the reports the linker never links, in document order. */
    List<String> otherJsons() {
        List<String> out = new ArrayList<>(othersAt.length);
        if (othersAt.length > 0) {
            for (String line : new String(others, StandardCharsets.UTF_8).split("\n", -1)) {
                out.add(line);
            }
        }
        return out;
    }

    /** Records joined as {@link #others} holds them (a record has no raw line break: JSON escapes it). */
    static byte[] lines(List<String> jsons) {
        return String.join("\n", jsons).getBytes(StandardCharsets.UTF_8);
    }
}
