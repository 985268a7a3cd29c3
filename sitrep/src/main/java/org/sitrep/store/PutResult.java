package org.sitrep.store;

/** What {@link Store#commit} did with a change set. */
public enum PutResult {
    /** The change set was committed (a new document, with its reports and events, or events alone). */
    ADDED,
    /** A document with the same id (same content) was already stored; nothing changed. */
    UNCHANGED
}
