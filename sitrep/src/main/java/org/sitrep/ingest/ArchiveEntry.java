package org.sitrep.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One document inside a container file (a feed item, a WARC response, a line of an article dump): {@code label}
 * names it in messages (the file and the record number or offset), {@code path} is what the store keeps as its
 * path (its URL when the container gives one, else the label), {@code bytes} the page it is read from (the payload
 * itself, or a page sitrep writes from the record's fields), and {@code fetched} when an archive says it was
 * fetched (null otherwise; never a publication date).
 */
public record ArchiveEntry(String label, String path, byte[] bytes, Instant fetched) {
    public ArchiveEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(bytes, "bytes");
        path = path == null || path.isBlank() ? label : path.strip();
    }
}
