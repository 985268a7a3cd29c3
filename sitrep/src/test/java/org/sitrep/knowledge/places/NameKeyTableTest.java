package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.NameKey;

class NameKeyTableTest {
    private final NameKeyTable shipped = NameKeyTable.read(GazetteerData.SHIPPED);

    @Test
    void read_shippedFile_givesTheReferenceKeysOfEveryGazetteerName() {
        int nonAscii = 0;
        for (Place p : Gazetteer.get().entries()) {
            for (String n : p.names()) {
                assertEquals(NameKey.of(n), shipped.key(n), n);
                assertEquals(SkeletonKey.of(n), shipped.skeleton(n), n);
                if (!SkeletonKey.ascii(n)) {
                    assertTrue(shipped.holds(n), "namekeys.tsv lacks '" + n + "': run scripts/gazetteer/build.sh");
                    nonAscii++;
                }
            }
        }
        assertEquals(0, shipped.computed(), "names keyed without the file");
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
        for (String m : List.of("Ḩamāh", "حلب", "Şanlıurfa", "Dayr az Zawr", "Qamishli", "Soran", "Aleppo")) {
            assertEquals(slow.candidates(m), fast.candidates(m), m);
        }
        assertEquals(slow.names().size(), fast.names().size());
    }

    @Test
    void key_nameMissingFromFile_computedLikeNameKey() {
        NameKeyTable empty = NameKeyTable.read(file -> List.of("# none", NameKeyTable.HEADER));
        assertEquals(NameKey.of("Ḩamāh"), empty.key("Ḩamāh"));
        assertEquals(SkeletonKey.of("دير الزور"), empty.skeleton("دير الزور"));
        assertEquals(2, empty.computed());
        assertFalse(empty.holds("Ḩamāh"));
    }

    @Test
    void read_badHeaderOrColumns_failsNamingTheFileAndLine() {
        IllegalStateException header = assertThrows(IllegalStateException.class,
                () -> NameKeyTable.read(file -> List.of("name\tkey")));
        assertTrue(header.getMessage().contains("namekeys.tsv line 1"), header.getMessage());
        IllegalStateException cols = assertThrows(IllegalStateException.class,
                () -> NameKeyTable.read(file -> List.of(NameKeyTable.HEADER, "Ḩamāh\thamah")));
        assertTrue(cols.getMessage().contains("namekeys.tsv line 2"), cols.getMessage());
    }
}
