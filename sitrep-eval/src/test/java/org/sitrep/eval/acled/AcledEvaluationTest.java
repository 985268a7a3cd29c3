package org.sitrep.eval.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.SnippetClassifier;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Mention;

/** The ACLED readers and scorers on rows we wrote in ACLED's column layout (never rows of ACLED's). */
class AcledEvaluationTest {
    private static final String HEADER = "event_id_cnty,event_date,country,event_type,sub_event_type,actor1,inter1,"
            + "actor2,inter2,notes,fatalities\n";

    private static Path csv(Path dir, String rows) throws IOException {
        Path f = dir.resolve("events.csv");
        Files.writeString(f, HEADER + rows);
        return f;
    }

    private static final String OURS = ""
            + "T1,2022-01-03,Syria,Explosions/Remote violence,Air/drone strike,Military Forces of Syria (2000-),1,"
            + "Civilians (Syria),7,\"Government warplanes bombed a market in the village of Kafr Test, killing 4 "
            + "civilians.\",4\n"
            + "T2,2022-01-04,Kenya,Protests,Peaceful protest,Protesters (Kenya),6,NA,0,"
            + "\"Teachers marched peacefully in the town centre to demand unpaid wages.\",0\n"
            + "T3,2022-01-05,Nigeria,Battles,Armed clash,Military Forces of Nigeria (2015-),1,"
            + "Unidentified Armed Group (Nigeria),3,\"Soldiers fought gunmen near a border post for two hours.\",0\n";

    @Test
    void read_ownRows_columnsAndAbsentActor(@TempDir Path dir) throws IOException {
        List<AcledEvent> es = AcledCsv.read(csv(dir, OURS));
        assertEquals(3, es.size());
        assertEquals("Air/drone strike", es.get(0).subEventType());
        assertEquals(4, es.get(0).fatalities());
        assertEquals(7, es.get(0).inter2());
        assertTrue(es.get(0).syria());
        assertEquals("", es.get(1).actor2(), "NA is no actor");
        assertTrue(es.get(1).protest());
    }

    @Test
    void read_missingColumn_errorNamesFileAndColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("short.csv");
        Files.writeString(f, "event_id_cnty,country\nT1,Syria\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AcledCsv.read(f));
        assertTrue(e.getMessage().contains("short.csv") && e.getMessage().contains("event_type"), e.getMessage());
    }

    @Test
    void read_badFatalities_errorNamesRecord(@TempDir Path dir) throws IOException {
        Path f = csv(dir, "T9,2022-01-01,Syria,Battles,Armed clash,A,1,B,2,\"A clash.\",many\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AcledCsv.read(f));
        assertTrue(e.getMessage().contains("record 1") && e.getMessage().contains("fatalities"), e.getMessage());
    }

    @Test
    void types_subsetsCountTheirRows_unknownLabelFails(@TempDir Path dir) throws IOException {
        List<AcledTypeEvaluation.Part> parts = AcledTypeEvaluation.evaluate(AcledCsv.read(csv(dir, OURS)),
                new SnippetClassifier());
        assertEquals(List.of("all", "non-protest", "syria"), parts.stream().map(AcledTypeEvaluation.Part::name)
                .toList());
        assertEquals(List.of(3, 2, 1), parts.stream().map(p -> p.score().rows()).toList());
        Path bad = csv(dir, "T9,2022-01-01,Syria,Battles,Armed battle,A,1,B,2,\"A clash.\",0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AcledTypeEvaluation.evaluate(AcledCsv.read(bad), new SnippetClassifier()));
        assertTrue(e.getMessage().contains("T9") && e.getMessage().contains("Armed battle"), e.getMessage());
    }

    @Test
    void actorRule_sameWordsOrSameKnowledgeBaseActorOrAUnitOfIt() {
        AcledRecordEvaluation eval = AcledRecordEvaluation.standard();
        assertTrue(eval.matches("Protesters (Kenya)", List.of(ref("protesters", null))));
        assertTrue(eval.matches("Military Forces of Syria (2000-)", List.of(ref("Syrian Arab Air Force",
                "syrian-arab-air-force"))), "a unit of the coded actor");
        assertFalse(eval.matches("Military Forces of Syria (2000-)", List.of(ref("gunmen", null))));
        // ACLED's "ACRONYM: Full Name": either part names the actor
        assertTrue(eval.matches("QSD: Syrian Democratic Forces", List.of(ref("Syrian Democratic Forces", null))));
        assertFalse(eval.matches("QSD: Syrian Democratic Forces", List.of(ref("Kurdistan Workers' Party", null))));
        assertFalse(eval.matches("Civilians (Syria)", List.of(ref("Syrian Arab Air Force",
                "syrian-arab-air-force"))));
        assertFalse(eval.matches("Civilians (Syria)", List.of()));
    }

    @Test
    void record_ownNotes_tollAndSubsets(@TempDir Path dir) throws IOException {
        List<AcledRecordEvaluation.Result> rs = AcledRecordEvaluation.standard().evaluate(AcledCsv.read(csv(dir,
                OURS)));
        assertEquals(List.of(3, 2, 1), rs.stream().map(AcledRecordEvaluation.Result::rows).toList());
        AcledRecordEvaluation.Result syria = rs.get(2);
        assertEquals(1, syria.goldKilled());
        assertEquals(1, syria.goldKilledExact(), "the note says 4 civilians were killed");
        assertEquals(1, syria.fatalExact());
    }

    @Test
    void record_typeOfTheFirstEventReport_noEventCountsAsWrong(@TempDir Path dir) throws IOException {
        String rows = OURS + "T4,2022-01-06,Kenya,Protests,Peaceful protest,Protesters (Kenya),6,NA,0,"
                + "\"The weather in the town centre was mild.\",0\n";
        AcledRecordEvaluation.Result all = AcledRecordEvaluation.standard().evaluate(AcledCsv.read(csv(dir, rows)))
                .get(0);
        assertEquals(4, all.type().rows());
        assertEquals(0.75, all.type().accuracy(), 1e-9, "three notes typed as ACLED types them, the weather none");
    }

    private static ActorRef ref(String name, String id) {
        return new ActorRef(name, id, null, Mention.of(name, 0, name.length()));
    }
}
