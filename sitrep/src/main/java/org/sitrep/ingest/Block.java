package org.sitrep.ingest;

import org.sitrep.model.Span;

/**
 * One paragraph-like unit of clean text as the markup shaped it, before classification. {@code zone} is where
 * the markup put it (HTML nav, footer, comment list...); {@code zoneLabel} names the cue that set the zone.
 */
record Block(Span span, Shape shape, int level, Zone zone, String zoneLabel) {
    enum Shape { PARAGRAPH, HEADING, LIST_ITEM, BLOCKQUOTE, PREFORMATTED }

    enum Zone { MAIN, BOILERPLATE, COMMENTS, CAPTION }

    Block {
        zoneLabel = zoneLabel == null ? "" : zoneLabel;
    }

    String text(String cleanText) {
        return span.of(cleanText);
    }
}
