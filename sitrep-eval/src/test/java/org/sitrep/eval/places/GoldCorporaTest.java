package org.sitrep.eval.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorporaTest {
    @TempDir
    Path dir;

    private static List<GoldDocument> jsonl(String s) {
        return GoldCorpora.readJsonLines(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "fixture.jsonl");
    }

    @Test
    void readXml_lglStyle_spansCoordinatesAndGeonamesId() throws IOException {
        Path f = dir.resolve("lgl.xml");
        Files.writeString(f, """
                <articles><article docid="7"><text>Rain fell on Aleppo and Homs.</text><toponyms>
                <toponym><start>13</start><end>19</end><phrase>Aleppo</phrase>
                  <gaztag geonameid="170063"><name>Aleppo</name><lat>36.2</lat><lon>37.16</lon></gaztag></toponym>
                <toponym><start>24</start><end>28</end><phrase>Homs</phrase></toponym>
                </toponyms></article></articles>""");
        List<GoldDocument> docs = GoldCorpora.readXml(f);
        assertEquals(1, docs.size());
        GoldDocument d = docs.get(0);
        assertEquals("7", d.id());
        assertEquals(1, d.toponyms().size(), "a toponym without coordinates cannot be scored");
        GoldToponym t = d.toponyms().get(0);
        assertEquals("Aleppo", t.mention().text());
        assertEquals("geonames:170063", t.gazetteerId());
        assertEquals(36.2, t.lat(), 1e-9);
    }

    @Test
    void readXml_geoVirusOffsetOffByOne_realignedOnTheName() throws IOException {
        Path f = dir.resolve("gv.xml");
        Files.writeString(f, """
                <articles><article><text>Cases rose in Cairo.</text><locations>
                <location><name>Cairo</name><start>15</start><end>20</end><lat>30.04</lat><lon>31.24</lon></location>
                </locations></article></articles>""");
        GoldToponym t = GoldCorpora.readXml(f).get(0).toponyms().get(0);
        assertEquals("Cairo", t.mention().text());
        assertEquals(14, t.mention().span().start());
        assertNull(t.gazetteerId());
    }

    @Test
    void readJsonLines_nthOccurrenceAndSplit() {
        List<GoldDocument> docs = jsonl("""
                # comment
                {"id":"a","split":"dev","text":"Homs road to Homs","toponyms":[{"name":"Homs","nth":2,"lat":34.7,"lon":36.7,"geonameid":"169577","precision":1}]}
                """);
        GoldToponym t = docs.get(0).toponyms().get(0);
        assertEquals(13, t.mention().span().start());
        assertEquals("geonames:169577", t.gazetteerId());
        assertEquals(1, t.precision());
        assertEquals("dev", docs.get(0).split());
    }

    @Test
    void readJsonLines_nameNotInText_errorNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> jsonl(
                "{\"id\":\"a\",\"text\":\"Rain in Homs\",\"toponyms\":[{\"name\":\"Hama\",\"lat\":35,\"lon\":36}]}\n"));
        assertTrue(e.getMessage().contains("fixture.jsonl line 1") && e.getMessage().contains("Hama"), e.getMessage());
    }

    @Test
    void readJsonLines_missingCoordinate_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> jsonl(
                "{\"id\":\"a\",\"text\":\"Rain in Homs\",\"toponyms\":[{\"name\":\"Homs\",\"lat\":35}]}\n"));
        assertTrue(e.getMessage().contains("'lon'"), e.getMessage());
    }
}
