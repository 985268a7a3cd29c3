package org.sitrep.ingest;

/**
 * Where a container reader hands what it finds, one record at a time (so a large archive is never held whole): a
 * document, or a record that cannot be one, named by its label and the reason.
 */
public interface EntrySink {
    void entry(ArchiveEntry entry);

    void bad(String label, String problem);
}
