package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.NameKey;

class NameKeyTableTest {
    private static final List<String> MENTIONS = List.of("Ḩamāh", "حلب", "Şanlıurfa", "Dayr az Zawr", "Qamishli",
            "Soran", "Aleppo", "Côte d'Ivoire", "Ar Raqqah", "Tall Abyaḑ");

    @Test
    void cursor_shippedFileOverTheShippedGazetteer_referenceKeysOfEveryNonAsciiName() {
        NameKeyTable.Cursor cursor = NameKeyTable.read(GazetteerData.SHIPPED).cursor();
        int nonAscii = 0;
        for (Place p : Gazetteer.get().entries()) {
            for (String n : p.names()) {
                if (!SkeletonKey.ascii(n)) {
                    assertEquals(NameKey.of(n), cursor.key(n), n);
                    assertEquals(SkeletonKey.of(n), cursor.skeleton(), n);
                    String joined = JoinedMarks.of(n);
                    assertEquals(joined == null ? null : NameKey.of(joined), cursor.joined(), n);
                    assertEquals(SkeletonKey.arabicRomanised(n) ? SkeletonKey.romanised(n) : null, cursor.romanised(), n);
                    nonAscii++;
                }
            }
        }
        assertTrue(cursor.fresh(), "namekeys.tsv is stale: run scripts/gazetteer/build.sh");
        assertEquals(0, cursor.computed());
        assertTrue(nonAscii > 10_000, "non-ASCII names: " + nonAscii);
    }

    @Test
    void render_shippedData_equalsTheShippedFile() {
        // regenerating from the shipped data files gives the shipped file: no stale or missing row
        String fresh = NameKeyTableWriter.render(Gazetteer.load(GazetteerData.SHIPPED, NameKeyTable.computing()));
        String file = String.join("\n", GazetteerData.SHIPPED.lines(NameKeyTable.FILE)) + "\n";
        assertTrue(fresh.equals(file), "namekeys.tsv is stale: run scripts/gazetteer/build.sh");
    }

    @Test
    void load_withAndWithoutTheFile_sameIndex() {
        Gazetteer fast = Gazetteer.load();
        Gazetteer slow = Gazetteer.load(GazetteerData.SHIPPED, NameKeyTable.computing());
        for (String m : MENTIONS) {
            assertEquals(slow.candidates(m), fast.candidates(m), m);
        }
        assertEquals(slow.names().size(), fast.names().size());
        assertEquals(slow.demonymOf("Ivorian"), fast.demonymOf("Ivorian"));
    }

    @Test
    void load_fileBuiltForOtherNames_keysEveryNameItselfSameIndex() {
        // a checksum that does not fit the names: as if a data file had been edited since the last build
        List<String> lines = new ArrayList<>();
        for (String line : GazetteerData.SHIPPED.lines(NameKeyTable.FILE)) {
            lines.add(line.startsWith(NameKeyTable.COUNT + "\t")
                    ? line.substring(0, line.lastIndexOf('\t')) + "\t12345" : line);
        }
        NameKeyTable stale = NameKeyTable.read(file -> file.equals(NameKeyTable.FILE) ? lines
                : GazetteerData.SHIPPED.lines(file));
        NameKeyTable.Cursor cursor = stale.cursor();
        for (String n : List.of("Ḩamāh", "حلب")) {
            cursor.key(n);
        }
        assertFalse(cursor.fresh());
        Gazetteer g = Gazetteer.load(GazetteerData.SHIPPED, stale);
        Gazetteer slow = Gazetteer.load(GazetteerData.SHIPPED, NameKeyTable.computing());
        for (String m : MENTIONS) {
            assertEquals(slow.candidates(m), g.candidates(m), m);
        }
        assertEquals(slow.names().size(), g.names().size());
    }

    @Test
    void cursor_computingTable_keysLikeNameKey() {
        NameKeyTable.Cursor cursor = NameKeyTable.computing().cursor();
        assertEquals(NameKey.of("Ḩamāh"), cursor.key("Ḩamāh"));
        assertEquals(SkeletonKey.of("Ḩamāh"), cursor.skeleton());
        assertEquals(NameKey.of("دير الزور"), cursor.key("دير الزور"));
        assertEquals(SkeletonKey.of("دير الزور"), cursor.skeleton());
        assertNull(cursor.joined());
        assertEquals(SkeletonKey.romanised("دير الزور"), cursor.romanised());
        assertEquals(NameKey.of("Ma‘arrat H̱efer"), cursor.key("Ma‘arrat H̱efer"));
        assertEquals(NameKey.of("Maarrat H̱efer"), cursor.joined());
        assertEquals(3, cursor.computed());
        assertTrue(cursor.fresh());
    }

    @Test
    void read_badCountHeaderOrColumns_failsNamingTheFileAndLine() {
        IllegalStateException count = assertThrows(IllegalStateException.class,
                () -> NameKeyTable.read(file -> List.of("# keys", NameKeyTable.HEADER)));
        assertTrue(count.getMessage().contains("namekeys.tsv line 2"), count.getMessage());
        IllegalStateException header = assertThrows(IllegalStateException.class,
                () -> NameKeyTable.read(file -> List.of("names\t1\t0", "name\tkey")));
        assertTrue(header.getMessage().contains("namekeys.tsv line 2"), header.getMessage());
        IllegalStateException cols = assertThrows(IllegalStateException.class,
                () -> NameKeyTable.read(file -> List.of("names\t1\t0", NameKeyTable.HEADER, "Ḩamāh\thamah\thmh\t\t")));
        assertTrue(cols.getMessage().contains("namekeys.tsv line 3"), cols.getMessage());
        IllegalStateException rows = assertThrows(IllegalStateException.class,
                () -> NameKeyTable.read(file -> List.of("names\t2\t0", NameKeyTable.HEADER, "hamah\thmh\t\t")));
        assertTrue(rows.getMessage().contains("expected 2 rows"), rows.getMessage());
    }
}
