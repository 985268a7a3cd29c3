package org.sitrep.model;

/** What a stretch of a document is. Only BODY and QUOTE yield event reports. */
public enum SectionKind {
    TITLE, BODY, QUOTE, COMMENT, BOILERPLATE;

    public boolean yieldsReports() {
        return this == BODY || this == QUOTE;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
