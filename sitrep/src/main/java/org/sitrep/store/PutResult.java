package org.sitrep.store;

/** What {@link Store#put} did with a document. */
public enum PutResult {
    /** The document, its reports and its events were committed. */
    ADDED,
    /** A document with the same id (same content) was already stored; nothing changed. */
    UNCHANGED
}
