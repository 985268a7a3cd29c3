package org.sitrep.ingest;

/** Text decoded from a file's bytes, the encoding used, and whether it was guessed rather than known. */
record Decoded(String text, String encoding, boolean fallback) {
}
