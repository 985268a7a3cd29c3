package org.sitrep.spark;

import java.io.Serializable;

/**
 * One document to read: a file's bytes, or a JSONL line turned into a page. {@code order} places it among all the
 * inputs (path, then line), which is the order documents are recorded in; {@code problem} says why it cannot be
 * read (then {@code bytes} is null).
 */
record Source(String path, String order, byte[] bytes, String problem) implements Serializable {
    static Source file(String path, byte[] bytes) {
        return new Source(path, path, bytes, null);
    }

    static Source line(String file, long line, String path, byte[] bytes, String problem) {
        return new Source(path, file + String.format("#%012d", line), bytes, problem);
    }
}
