package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The section kind at an offset, found by binary search, is the one a scan of every section finds. */
class DocumentSectionAtTest {
    @Test
    void manySections_withGaps_agreeWithAScan() {
        Object[] parts = new Object[2 * 3_000];
        SectionKind[] kinds = {SectionKind.BODY, SectionKind.BOILERPLATE, SectionKind.COMMENT};
        for (int i = 0; i < 3_000; i++) {
            parts[2 * i] = kinds[i % 3];
            parts[2 * i + 1] = "Paragraph " + i + " of a long archive.";
        }
        Document doc = TestDocuments.of("d", "Outlet", null, parts);
        List<Section> sections = new ArrayList<>(doc.sections());
        for (int offset = -1; offset <= doc.text().length(); offset += 7) {
            SectionKind scan = SectionKind.BOILERPLATE;
            for (Section s : sections) {
                if (s.span().start() <= offset && offset < s.span().end()) {
                    scan = s.kind();
                    break;
                }
            }
            assertEquals(scan, doc.sectionAt(offset), "offset " + offset);
        }
    }
}
