package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

class OutletNameTest {
    private final DocumentReader reader = new DocumentReader();

    private Document md(String dateline, String footer) throws IngestException {
        String page = "# Bakery reopens after two weeks of shelling\n\n" + dateline + "\n\n"
                + "The only bakery in the northern quarter opened again on Saturday, residents told our desk, after"
                + " repairs to its oven and roof that took a fortnight.\n\n"
                + "Queues formed before dawn and the bread ran out by noon, a volunteer at the door said.\n\n"
                + footer + "\n";
        return reader.read("page.md", page.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void outlet_placeBeforeDateWithTime_unknown() throws IngestException {
        Document d = md("Tartus, 4 March 2016 · 09:15", "Tags: Tartus, Bakeries");
        assertEquals(LocalDate.of(2016, 3, 4), d.published());
        assertNull(d.outlet(), "a dateline place is not an outlet");
    }

    @Test
    void outlet_placeBeforeDateWithoutTime_unknown() throws IngestException {
        Document d = md("Tartus, 4 March 2016", "Related: Power cuts in Tartus");
        assertNull(d.outlet());
    }

    @Test
    void outlet_nameWithPublicationWord_isOutlet() throws IngestException {
        Document d = md("Coastal News, 4 March 2016", "");
        assertEquals("Coastal News", d.outlet());
    }

    @Test
    void outlet_nameClaimedInCopyrightFooter_isOutlet() throws IngestException {
        Document d = md("Harbour Lights, 4 March 2016 · 09:15", "© 2016 Harbour Lights. All rights reserved.");
        assertEquals("Harbour Lights", d.outlet());
    }

    @Test
    void outlet_domainLikeName_isOutlet() throws IngestException {
        Document d = md("HarbourLights.org, 4 March 2016", "");
        assertEquals("HarbourLights.org", d.outlet());
    }

    @Test
    void parse_unknownKind_errorNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutletName.parse(
                new ByteArrayInputStream("# c\nword\tnews\nplace\thama\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains(OutletName.RESOURCE) && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void load_shippedFile_parses() {
        assertTrue(OutletName.load().isOutlet("Valley Times", null, java.util.List.of()));
    }

    /** Found by fuzzing: the domain pattern repeated a group, which java.util.regex matches by recursion. */
    @Test
    void isOutlet_longDottedName_answersWithoutOverflowingTheStack() {
        String dotted = "a.".repeat(50_000);
        assertTrue(OutletName.defaults().isOutlet(dotted + "com", null, java.util.List.of()));
        assertTrue(!OutletName.defaults().isOutlet(dotted + "x1", null, java.util.List.of()));
        assertTrue(OutletName.defaults().isOutlet("www.harbour-lights.org", null, java.util.List.of()));
    }
}
