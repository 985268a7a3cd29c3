package org.sitrep.ingest;

import org.sitrep.model.SectionKind;

/**
 * What the classifier decided about one block: its section kind, a label saying why, and what the block tells
 * about the article (a dateline's date, the name in a byline, signature or republication note).
 */
record Role(Block block, String text, SectionKind kind, String label, DateLine.Hit date, String name) {
}
