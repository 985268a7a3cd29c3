package org.sitrep.model;

/**
 * Whom a stored document copies: the outlet the page says it republishes, and the earlier stored document with
 * near-identical text. Either may be null; both null means no sign of copying was found.
 */
public record Syndication(String originalOutlet, String duplicateOf) {
    public boolean isCopy() {
        return originalOutlet != null || duplicateOf != null;
    }
}
