package org.sitrep.store;

/** A stored document's text fingerprint (opaque bytes, as the recorder wrote them). */
public record StoredFingerprint(String documentId, byte[] fingerprint) {
}
