package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's manners: usage errors, standard input, web addresses, wide tables (issue 13, item 10). */
class CliDetailsTest {
    private static final String ARTICLE = "An air strike hit the market of a small town on Tuesday, killing four "
            + "people, a local monitor said.\n";

    @TempDir
    Path dir;

    @Test
    void aDateThatIsNotADate_isAUsageErrorNamingTheValue_withoutAJavaException() {
        MainTest.Run r = MainTest.run("events", "--db", dir.resolve("s.db").toString(), "--from", "yesterday");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("'yesterday' is not a calendar date in the form YYYY-MM-DD"), r.err());
        assertFalse(r.err().contains("DateTimeParseException"), r.err());
    }

    @Test
    void aDateFarOutsideHistory_isAUsageError_notAnInternalError() {
        // regression: LocalDate parses "+999999999-12-31", which the date tagger refuses with an exception
        MainTest.Run r = MainTest.runWithInput("Shelling yesterday.", "dates", "-", "--dct", "+999999999-12-31");
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("outside the years 1 to 9999"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void aUsageError_saysWhatIsWrongAndWhereHelpIs_notTheWholeHelp() {
        MainTest.Run r = MainTest.run("events", "--bogus");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("Try 'sitrep events --help'"), r.err());
        assertFalse(r.err().contains("--min-credibility"), "the full option list is not printed: " + r.err());
    }

    @Test
    void helpBesideAnUnknownCommand_isAUsageError() {
        MainTest.Run r = MainTest.run("nosuchcommand", "--help");
        assertEquals(Main.USAGE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("'nosuchcommand'"), r.err());
    }

    @Test
    void aMistypedCommand_getsASuggestion() {
        MainTest.Run r = MainTest.run("evnts");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("Did you mean: sitrep events"), r.err());
    }

    @Test
    void ingestDash_readsOneDocumentFromStandardInput() {
        String db = dir.resolve("s.db").toString();
        MainTest.Run r = MainTest.runWithInput(ARTICLE, "ingest", "--db", db, "-");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("1 documents added"), r.out());
        MainTest.Run again = MainTest.runWithInput(ARTICLE, "ingest", "--db", db, "-");
        assertTrue(again.out().startsWith("0 documents added, 1 unchanged"), again.out());
    }

    @Test
    void ingestDashTwice_isAUsageError() {
        MainTest.Run r = MainTest.runWithInput(ARTICLE, "ingest", "--db", dir.resolve("s.db").toString(), "-", "-");
        assertEquals(Main.USAGE, r.code());
    }

    @Test
    void aWebAddress_isNamedAsOne_notAsAMissingFile() {
        MainTest.Run r = MainTest.runWithInput(ARTICLE, "ingest", "--db", dir.resolve("s.db").toString(),
                "https://example.org/news/1", "-");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("https://example.org/news/1: a web address"), r.err());
        assertFalse(r.err().contains("no such file"), r.err());
        assertTrue(r.out().startsWith("1 documents added, 0 unchanged, 1 skipped"), r.out());
    }

    @Test
    void eventsWide_keepsLongCellsWhole() {
        String db = dir.resolve("s.db").toString();
        MainTest.runWithInput("Government forces, Hezbollah fighters and Iranian-backed militias clashed with "
                + "rebels near a hill town on Tuesday, killing 12 fighters.\n", "ingest", "--db", db, "-");
        MainTest.Run narrow = MainTest.run("events", "--db", db);
        MainTest.Run wide = MainTest.run("events", "--db", db, "--wide");
        assertEquals(Main.OK, wide.code(), wide.err());
        assertTrue(narrow.out().contains("…"), narrow.out());
        assertFalse(wide.out().contains("…"), wide.out());
    }
}
