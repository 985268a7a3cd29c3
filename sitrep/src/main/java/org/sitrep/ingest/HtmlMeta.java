package org.sitrep.ingest;

import org.sitrep.model.Span;

/**
 * What an HTML page says about itself in machine-readable form. Any field may be null. {@code metaDate} comes from
 * head metadata or JSON-LD; {@code timeDate} from the first visible time element, whose clean-text span is
 * {@code timeSpan}.
 */
record HtmlMeta(String title, String ogTitle, String siteName, String publisher, String author, String metaDate,
        String timeDate, Span timeSpan) {
}
