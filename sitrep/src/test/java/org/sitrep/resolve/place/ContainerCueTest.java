package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContainerCueTest {
    private static ContainerCue.Container cue(String text, String mention) {
        int end = text.indexOf(mention) + mention.length();
        return ContainerCue.after(text, end).orElseThrow(() -> new AssertionError("no container in: " + text));
    }

    @Test
    void townInCountryside_namesTheGovernorateAsAnArea() {
        ContainerCue.Container c = cue("Shells hit Qarqour town in Idleb countryside.", "Qarqour");
        assertEquals("Idleb", c.name());
        assertTrue(c.around());
        assertFalse(c.comma());
    }

    @Test
    void countrysideOfAndRural_areAround() {
        assertEquals("Tadmor", cue("A mine went off near Third Post in the countryside of Tadmor.", "Third Post").name());
        ContainerCue.Container rural = cue("Shelling hit Qarqour in rural Ein Issa town.", "Qarqour");
        assertEquals("Ein Issa", rural.name());
        assertTrue(rural.around());
    }

    @Test
    void commaAndBracket_markedAsComma() {
        assertTrue(cue("Gunmen raided Qarqour, Hama province.", "Qarqour").comma());
        assertEquals("Aleppo", cue("Police detained a man in Qarqour (Aleppo) on Sunday.", "Qarqour").name());
    }

    @Test
    void listsAndPlainClauses_noContainer() {
        String list = "Strikes hit Azaz, Marea and Tal Rifaat.";
        assertTrue(ContainerCue.after(list, list.indexOf("Azaz") + 4).isEmpty());
        String plain = "Rebels shelled Qarqour with rockets.";
        assertTrue(ContainerCue.after(plain, plain.indexOf("Qarqour") + 7).isEmpty());
    }

    @Test
    void nameCutShort_theRestOfItIsSkipped() {
        // the spotter took only the first word of a two-word village: its container is still read
        ContainerCue.Container c = cue("Artillery shelled Qarqour Saghir town in Al Hasakeh countryside.", "Qarqour");
        assertEquals("Al Hasakeh", c.name());
        assertTrue(c.around());
        // a stretch of desert and a crossing point are heads of a name too
        assertEquals("Hama", cue("Helicopters struck positions in Qarqour badia in Hama countryside.", "Qarqour").name());
        assertEquals("Aleppo", cue("Shells hit Qarqour crossing point in Aleppo countryside.", "Qarqour").name());
        assertEquals("Aleppo", cue("Shells hit the outskirts of Qarqour town and its farmlands in Aleppo countryside.",
                "Qarqour").name());
        // a list still names no container
        String list = "Strikes hit Azaz Tahtani, Marea and Tal Rifaat.";
        assertTrue(ContainerCue.after(list, list.indexOf("Azaz") + 4).isEmpty());
    }
}
