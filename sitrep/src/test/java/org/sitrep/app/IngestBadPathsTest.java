package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.PathProblem;
import org.sitrep.ingest.SourceFinder;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.record.Recorder;
import org.sitrep.store.Store;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * One bad path is reported and skipped, never the whole run: every readable article is still stored, the summary
 * says what was skipped and why, and the skip count makes the command exit 1.
 */
class IngestBadPathsTest {
    @TempDir
    Path dir;

    /** What the listener heard: one "path: problem" line per skip. */
    private final List<String> heard = new ArrayList<>();
    private final IngestListener listener = (file, problem) -> heard.add(file + ": " + problem);

    /** A corpus of two articles at the top and one deeper, copied from the examples. */
    private Path corpus() throws IOException {
        Path examples = IngestTest.examples();
        Path c = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(examples.resolve("2015-10-24-wire-khanasser-road-cut.txt"), c.resolve("a.txt"));
        Files.copy(examples.resolve("2017-09-17-brief-denial-sdf-strike.md"), c.resolve("b.md"));
        Path deeper = Files.createDirectories(c.resolve("deeper"));
        Files.copy(examples.resolve("2015-06-08-cjtf-strike-release.txt"), deeper.resolve("c.txt"));
        return c;
    }

    private Path lockedFolder(Path corpus) throws IOException {
        Path locked = Files.createDirectories(corpus.resolve("locked"));
        Files.copy(IngestTest.examples().resolve("2017-09-24-agency-russian-mod-asapov.txt"), locked.resolve("d.txt"));
        return locked;
    }

    private IngestSummary ingest(SourceFinder finder, List<Path> inputs) {
        return ingest(finder, inputs, listener);
    }

    private IngestSummary ingest(SourceFinder finder, List<Path> inputs, IngestListener l) {
        try (Store store = SqliteStore.open(dir.resolve("s.db"))) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            IngestSummary s = new Ingest(Engine.standard(), store, recorder, finder).run(inputs, l);
            assertEquals(s.added(), store.counts().documents(), "what the summary says was added is stored");
            return s;
        }
    }

    private void assertUnreadableFolderSkipped(IngestSummary s, Path locked) {
        assertEquals(3, s.added(), "every readable article is stored: " + s.line() + " " + heard);
        assertEquals(1, s.skipped(), s.line());
        assertEquals(List.of(new Skipped(locked, PathProblem.UNREADABLE_FOLDER)), s.skips());
        assertTrue(heard.get(0).startsWith(locked + ": cannot read this folder (permission denied)"), heard.toString());
        assertTrue(s.notRead().get(0).contains("skipped 1 (folder cannot be read): " + locked), s.notRead().toString());
    }

    /**
     * The folder listing fails as the OS fails it for a user without read permission (AccessDeniedException). Tests
     * may run as root, where no permission bit denies reading, so the failure is injected at the listing; the walk,
     * the reading and the storing are the real ones.
     */
    @Test
    void ingest_unreadableSubfolder_reportedSkippedAndEveryReadableFileStored() throws IOException {
        Path corpus = corpus();
        Path locked = lockedFolder(corpus);
        SourceFinder denying = new SourceFinder(folder -> {
            if (folder.equals(locked)) {
                throw new AccessDeniedException(folder.toString());
            }
            return Files.newDirectoryStream(folder);
        });
        assertUnreadableFolderSkipped(ingest(denying, List.of(corpus)), locked);
    }

    /** The same with real permissions, where they bite (not as root). */
    @Test
    void ingest_unreadableSubfolderByPermissions_reportedSkippedAndEveryReadableFileStored() throws IOException {
        Path corpus = corpus();
        Path locked = lockedFolder(corpus);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean denied;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(locked)) {
                denied = false;
            } catch (AccessDeniedException e) {
                denied = true;
            }
            Assumptions.assumeTrue(denied, "permissions do not deny reading here (running as root)");
            assertUnreadableFolderSkipped(ingest(new SourceFinder(), List.of(corpus)), locked);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void ingest_brokenSymlink_reportedSkippedOthersStored() throws IOException {
        Path corpus = corpus();
        Path broken = Files.createSymbolicLink(corpus.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        IngestSummary s = ingest(new SourceFinder(), List.of(corpus));
        assertEquals(3, s.added(), s.line());
        assertEquals(List.of(new Skipped(broken, PathProblem.BROKEN_LINK)), s.skips());
        assertTrue(heard.get(0).contains("broken symbolic link"), heard.toString());
        assertTrue(heard.get(0).contains("nowhere.txt"), "names the missing target: " + heard);
    }

    @Test
    void ingest_brokenSymlinkNamedDirectly_reportedAsBrokenLink() throws IOException {
        Path broken = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        IngestSummary s = ingest(new SourceFinder(), List.of(broken));
        assertEquals(List.of(new Skipped(broken, PathProblem.BROKEN_LINK)), s.skips());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ingest_symlinkLoops_reportedNotFollowedForeverEachFileStoredOnce() throws IOException {
        Path corpus = corpus();
        Path back = Files.createSymbolicLink(corpus.resolve("deeper").resolve("up"), corpus);
        Path x = corpus.resolve("x");
        Path y = corpus.resolve("y");
        Files.createSymbolicLink(x, y);
        Files.createSymbolicLink(y, x);
        IngestSummary s = ingest(new SourceFinder(), List.of(corpus));
        assertEquals(3, s.added(), s.line() + " " + heard);
        assertEquals(0, s.unchanged(), "no file reached twice through the loop");
        assertEquals(List.of(new Skipped(back, PathProblem.LOOP), new Skipped(x, PathProblem.LOOP),
                new Skipped(y, PathProblem.LOOP)), s.skips());
    }

    @Test
    void ingest_fileVanishesBetweenListingAndReading_reportedOthersStored() throws IOException {
        Path corpus = corpus();
        Path doomed = corpus.resolve("b.md");
        IngestListener deleting = new IngestListener() {
            @Override
            public void problem(Path file, String problem) {
                listener.problem(file, problem);
            }

            @Override
            public void starting(int files) {
                try {
                    Files.delete(doomed);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        };
        IngestSummary s = ingest(new SourceFinder(), List.of(corpus), deleting);
        assertEquals(2, s.added(), s.line());
        assertEquals(List.of(new Skipped(doomed, PathProblem.VANISHED)), s.skips());
        assertTrue(heard.get(0).contains("vanished"), heard.toString());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ingest_pipeNamedLikeAnArticle_skippedWithoutOpeningIt() throws Exception {
        Path corpus = corpus();
        Path fifo = corpus.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo not available");
        IngestSummary s = ingest(new SourceFinder(), List.of(corpus));
        assertEquals(3, s.added(), s.line());
        assertEquals(List.of(new Skipped(fifo, PathProblem.NOT_REGULAR)), s.skips());
    }

    @Test
    void ingest_otherFileKinds_namedInTheSummaryButNotCountedAsSkipped() throws IOException {
        Path corpus = corpus();
        Files.write(corpus.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Files.write(corpus.resolve("deeper").resolve("casualties.csv"), "a,b\n".getBytes());
        Files.write(corpus.resolve("deeper").resolve("annex.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        IngestSummary s = ingest(new SourceFinder(), List.of(corpus));
        assertEquals(3, s.added(), s.line());
        assertEquals(0, s.skipped(), "files of other kinds are left alone, not failures");
        assertEquals(List.of("not read, not an article kind: 3 files: 1 .csv (casualties.csv), 2 .pdf (annex.pdf, "
                + "report.pdf)"), s.notRead());
    }

    @Test
    void ingest_everythingReadable_nothingInTheNotReadSummary() throws IOException {
        IngestSummary s = ingest(new SourceFinder(), List.of(corpus()));
        assertEquals(3, s.added());
        assertTrue(s.notRead().isEmpty(), s.notRead().toString());
        assertFalse(s.skipped() > 0);
    }
}
