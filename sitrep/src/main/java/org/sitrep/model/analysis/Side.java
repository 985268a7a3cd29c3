package org.sitrep.model.analysis;

/** A side holding a place: its name and its actor id (null when the knowledge base does not know it). */
public record Side(String name, String id) {
    /** The key two claims share when they name the same side. */
    public String key() {
        return id != null ? id : name.toLowerCase(java.util.Locale.ROOT);
    }
}
