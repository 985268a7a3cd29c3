package org.sitrep.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds in-memory documents for tests from (section kind, text) pairs joined by blank lines. */
public final class TestDocuments {
    private TestDocuments() {
    }

    /** A plain-text document with these parts; {@code published} null means undated. */
    public static Document of(String id, String outlet, LocalDate published, Object... kindAndText) {
        StringBuilder sb = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < kindAndText.length; i += 2) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            int s = sb.length();
            sb.append((String) kindAndText[i + 1]);
            sections.add(new Section((SectionKind) kindAndText[i], new Span(s, sb.length()), ""));
        }
        String text = sb.toString();
        String resolvedId = id != null ? id : "acc" + Integer.toHexString(text.hashCode());
        return new Document(resolvedId, resolvedId + ".txt", "text/plain", "UTF-8", text,
                text, OffsetMap.identity(), null, outlet, null, published, null, sections, List.of());
    }
}
