package org.sitrep.link.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.knowledge.NameKey;

class SourceRegistryTest {
    static final String HEADER = String.join("\t", SourceRegistry.HEADER);

    @Test
    void bundled_data_valid() {
        SourceRegistry r = SourceRegistry.bundled();
        assertTrue(r.entries().size() >= 60, "registry holds the listed outlets");
        Set<String> keys = new HashSet<>();
        for (SourceEntry e : r.entries()) {
            assertTrue(e.referenceUrl().startsWith("https://"), e.name() + " has a public reference");
            assertTrue(keys.add(NameKey.of(e.name())), "name used twice: " + e.name());
            assertEquals(e, r.lookup(e.name()).orElseThrow());
            for (String a : e.aliases()) {
                assertEquals(e, r.lookup(a).orElseThrow(), "alias " + a + " of " + e.name());
            }
        }
    }

    @Test
    void lookup_aliasAnyCaseOrPunctuation_findsEntry() {
        SourceRegistry r = SourceRegistry.bundled();
        assertEquals("Syrian Observatory for Human Rights", r.lookup("sohr").orElseThrow().name());
        assertEquals("Al-Watan (Syria)", r.lookup("AL WATAN").orElseThrow().name());
        assertEquals(Affiliation.MONITOR, r.lookup("Syrian Observatory").orElseThrow().affiliation());
    }

    @Test
    void lookup_unknownName_empty() {
        assertFalse(SourceRegistry.bundled().lookup("Khanasser Daily Courier").isPresent());
        assertEquals("Khanasser Daily Courier", SourceRegistry.bundled().canonical(" Khanasser Daily Courier "));
    }

    @Test
    void byDomain_urlOrSubdomain_findsOwner() {
        SourceRegistry r = SourceRegistry.bundled();
        assertEquals("Reuters", r.byDomain("https://www.reuters.com/world/some-story").orElseThrow().name());
        assertEquals("RT", r.byDomain("arabic.rt.com").orElseThrow().name());
        assertFalse(r.byDomain("example.org").isPresent());
    }

    @Test
    void load_userFile_addsSources(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("my-sources.tsv");
        Files.writeString(f, HEADER + "\nNorth Valley Monitor\tNVM\tnvm.example\t\ten\tmonitor\t\tmonitor\t"
                + "Local monitoring group\thttps://nvm.example/about\n");
        SourceRegistry r = SourceRegistry.load(List.of(f));
        assertEquals("North Valley Monitor", r.lookup("nvm").orElseThrow().name());
        assertTrue(r.lookup("SANA").isPresent(), "bundled entries stay");
    }

    @Test
    void load_aliasTakenByAnother_errorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("clash.tsv");
        Files.writeString(f, "# mine\n" + HEADER + "\nSome Agency\tAFP\t\t\ten\twire service\t\tnews agency\t"
                + "x\thttps://example.org/a\n");
        AssessmentDataException e = assertThrows(AssessmentDataException.class,
                () -> SourceRegistry.load(List.of(f)));
        assertTrue(e.getMessage().contains("clash.tsv line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("Agence France-Presse"), e.getMessage());
    }

    @Test
    void parse_badAffiliationOrReference_rejected() {
        assertThrows(AssessmentDataException.class, () -> SourceRegistry.parse("t.tsv", List.of(HEADER,
                "X News\t\t\t\ten\tfriendly\t\tsite\tb\thttps://x.example")));
        AssessmentDataException e = assertThrows(AssessmentDataException.class, () -> SourceRegistry.parse("t.tsv",
                List.of(HEADER, "X News\t\t\t\ten\tindependent\t\tsite\tb\t")));
        assertTrue(e.getMessage().startsWith("t.tsv line 2"), e.getMessage());
    }
}
