package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledResourceTest {
    @Test
    void lines_shippedFile_allLinesInOrder() {
        List<String> lines = BundledResource.lines(BundledResourceTest.class, "/org/sitrep/link/linking.tsv");
        assertTrue(lines.get(0).startsWith("#"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("radius_km.1\t")));
    }

    @Test
    void read_missingFile_failsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BundledResource.lines(BundledResourceTest.class, "no-such-file.tsv"));
        assertTrue(e.getMessage().contains("no-such-file.tsv"), e.getMessage());
    }

    @Test
    void read_parserFails_failureNamesTheFile() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> BundledResource.read(BundledResourceTest.class, "/org/sitrep/link/linking.tsv", (r, name) -> {
                    throw new java.io.IOException("broken");
                }));
        assertTrue(e.getMessage().contains("linking.tsv"), e.getMessage());
        assertEquals("broken", e.getCause().getMessage());
    }
}
