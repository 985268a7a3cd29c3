package org.sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.Set;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.ArchiveEntry;
import org.sitrep.ingest.Containers;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.EntrySink;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.PathProblem;
import org.sitrep.ingest.Reading;
import org.sitrep.ingest.SourceFinder;
import org.sitrep.ingest.Sources;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Processed;
import org.sitrep.record.Recorder;
import org.sitrep.model.Counts;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest use case: reads files, runs the engine over each, and records it (one change set per document, the
 * change sets of a few documents in one transaction: {@link Recorder#GROUP_DOCUMENTS}). A file that cannot be read or
 * processed is reported to the listener and skipped; the run goes on and stored data is untouched.
 */
final class Ingest {
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private static final String NOT_AN_ARTICLE = "not readable as an article";
    private static final String PROCESSING_FAILED = "processing failed";
    private static final String NOT_STORED = "not stored";

    private final DocumentReader reader = new DocumentReader();
    private final SourceFinder finder;
    private final Engine engine;
    private final Store store;
    private final Recorder recorder;
    /** Documents published before this day are passed over (null: none are). */
    private LocalDate since;
    private int beforeSince;
    /** Processed documents waiting to be recorded together, with the paths that stand for them. */
    private final List<Read> group = new ArrayList<>();
    private final List<Path> groupPaths = new ArrayList<>();
    private long groupBytes;

    Ingest(Engine engine, Store store, Recorder recorder) {
        this(engine, store, recorder, new SourceFinder());
    }

    Ingest(Engine engine, Store store, Recorder recorder, SourceFinder finder) {
        this.engine = engine;
        this.store = store;
        this.recorder = recorder;
        this.finder = finder;
    }

    /** Asked before each file and each document of a container: true ends the run there (a watcher stopping). */
    private java.util.function.BooleanSupplier stop = () -> false;

    Ingest stopWhen(java.util.function.BooleanSupplier stopNow) {
        this.stop = stopNow;
        return this;
    }

    /** Passes over documents published before this day (those of unknown date are read); null reads all. */
    Ingest since(LocalDate day) {
        this.since = day;
        return this;
    }

    IngestSummary run(List<Path> inputs, IngestListener listener) {
        List<Skipped> skips = new ArrayList<>();
        Sources sources = finder.search(inputs);
        for (PathProblem p : sources.problems()) {
            skip(listener, skips, p);
        }
        for (Path root : inputs) {
            if (Files.isDirectory(root) && sources.files().stream().noneMatch(f -> f.startsWith(root))
                    && sources.problems().stream().noneMatch(p -> p.path().startsWith(root))) {
                skip(listener, skips, new PathProblem(root, PathProblem.NO_ARTICLES,
                        "no article files (" + SourceFinder.ARTICLE_KINDS + ") in this folder"));
            }
        }
        List<Path> files = sources.files();
        Set<Path> named = new HashSet<>(inputs);
        long[] sizes = files.stream().mapToLong(Ingest::sizeOf).toArray();
        listener.starting(files.size(), java.util.Arrays.stream(sizes).sum());
        return record(files, sizes, skips, sources.otherKinds(), listener, true,
                (file, progress) -> process(file, named.contains(file), listener, skips, progress));
    }

    /**
     * One document given as bytes rather than a file (standard input, an upload); {@code name} stands for it in
     * messages and as its stored path.
     */
    IngestSummary one(String name, byte[] bytes, IngestListener listener) {
        List<Skipped> skips = new ArrayList<>();
        listener.starting(1, bytes.length);
        return record(List.of(Path.of(name)), new long[] {bytes.length}, skips, Map.of(), listener, false,
                (file, progress) -> read(name, bytes, file, listener, skips, progress));
    }

    private IngestSummary record(List<Path> files, long[] sizes, List<Skipped> skips,
                                 Map<String, List<Path>> otherKinds, IngestListener listener,
                                 boolean containers, BiFunction<Path, FileProgress, Read> processor) {
        Counts before = store.counts();
        int[] tally = new int[2];
        beforeSince = 0;
        long bytesDone = 0;
        for (int i = 0; i < files.size() && !stop.getAsBoolean(); i++) {
            Path file = files.get(i);
            Optional<Containers.Kind> kind = containers && Files.isRegularFile(file)
                    ? Containers.of(file) : Optional.empty();
            if (kind.isPresent()) {
                container(file, kind.get(), listener, skips, tally);
            } else {
                FileProgress progress = new FileProgress(listener, bytesDone, sizes[i]);
                Read read = processor.apply(file, progress);
                if (read != null) {
                    progress.recording();
                    store(read, file, listener, skips, tally);
                }
            }
            bytesDone += sizes[i];
            listener.progress(bytesDone);
            listener.step();
        }
        recordGroup(listener, skips, tally);
        Counts after = store.counts();
        return new IngestSummary(tally[0], tally[1], skips.size(), after.reports() - before.reports(),
                after.events() - before.events(), skips, otherKinds, beforeSince);
    }

    /**
     * Records a processed document with the group in hand (the group is recorded once full), counting it added
     * ({@code tally[0]}) or unchanged ({@code tally[1]}).
     */
    private void store(Read read, Path file, IngestListener listener, List<Skipped> skips, int[] tally) {
        if (read.stored()) {
            tally[1]++;
            listener.recorded(read.id(), false);
            return;
        }
        group.add(read);
        groupPaths.add(file);
        groupBytes += read.bytes() == null ? 0 : read.bytes().length;
        if (group.size() >= Recorder.GROUP_DOCUMENTS || groupBytes >= Recorder.GROUP_BYTES) {
            recordGroup(listener, skips, tally);
        }
    }

    /**
     * Records the group in hand in one commit; when that fails, each document again on its own, so that one bad
     * document is reported and skipped and the others are stored.
     */
    private void recordGroup(IngestListener listener, List<Skipped> skips, int[] tally) {
        if (group.isEmpty()) {
            return;
        }
        List<Read> reads = List.copyOf(group);
        List<Path> paths = List.copyOf(groupPaths);
        group.clear();
        groupPaths.clear();
        groupBytes = 0;
        if (reads.size() > 1) {
            List<PutResult> results;
            try {
                results = recorder.recordAll(reads.stream().map(Read::processed).toList(),
                        reads.stream().map(Read::bytes).toList());
            } catch (StoreException e) {
                LOG.debug("a group of {} documents was not stored together ({}); storing each alone", reads.size(),
                        e.getMessage());
                results = null;
            }
            if (results != null) {
                for (int i = 0; i < reads.size(); i++) {
                    boolean isNew = results.get(i) == PutResult.ADDED;
                    tally[isNew ? 0 : 1]++;
                    listener.recorded(reads.get(i).id(), isNew);
                }
                return;
            }
        }
        for (int i = 0; i < reads.size(); i++) {
            recordOne(reads.get(i), paths.get(i), listener, skips, tally);
        }
    }

    private void recordOne(Read read, Path file, IngestListener listener, List<Skipped> skips, int[] tally) {
        try {
            boolean isNew = recorder.record(read.processed(), read.bytes()) == PutResult.ADDED;
            tally[isNew ? 0 : 1]++;
            listener.recorded(read.processed().document().id(), isNew);
        } catch (StoreException e) {
            skip(listener, skips, new PathProblem(file, NOT_STORED, "not stored: " + e.getMessage()));
        }
    }

    /**
     * Each document of a feed, archive or dump, read and recorded as it streams; a bad record is reported by its
     * label and skipped, and a container that breaks part-way keeps what was recorded before the break.
     */
    private void container(Path file, Containers.Kind kind, IngestListener listener, List<Skipped> skips,
                           int[] tally) {
        EntrySink sink = new EntrySink() {
            @Override
            public void entry(ArchiveEntry e) {
                if (stop.getAsBoolean()) {
                    throw new Stopped();
                }
                Path label = Path.of(e.label());
                Read read = read(e.path(), e.bytes(), label, listener, skips, new FileProgress(listener, 0, 0));
                if (read != null) {
                    store(read, label, listener, skips, tally);
                }
            }

            @Override
            public void bad(String label, String problem) {
                skip(listener, skips, new PathProblem(Path.of(label), PathProblem.BAD_RECORD, problem));
            }
        };
        try {
            Containers.read(file, kind, sink);
        } catch (Stopped e) {
            // the run was asked to end: what was recorded stays, the rest waits for the next run
        } catch (IngestException e) {
            skip(listener, skips, new PathProblem(file, PathProblem.BROKEN_CONTAINER, kind.description() + ": "
                    + e.problem()));
        }
        // a container's documents are recorded before the next file, as those before a break are
        recordGroup(listener, skips, tally);
    }

    private static void skip(IngestListener listener, List<Skipped> skips, PathProblem p) {
        listener.problem(p.path(), p.detail());
        skips.add(new Skipped(p.path(), p.why()));
    }

    /** The size of a file in bytes, 0 when it cannot be told (the file is reported when it is read). */
    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Unwinds a container's reader when the run is asked to end. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * A processed file and the bytes it was read from; or, with no processing, a document already stored (its id
     * alone: recording it again would change nothing, so the engine is not run on it).
     */
    private record Read(Processed processed, byte[] bytes, String id) {
        Read(Processed processed, byte[] bytes) {
            this(processed, bytes, processed.document().id());
        }

        boolean stored() {
            return processed == null;
        }
    }

    /**
     * The processed document, or null (after saying why) when the file is bad. A file named by the user that does
     * not exist never did; one a folder search found has vanished since.
     */
    private Read process(Path file, boolean named, IngestListener listener, List<Skipped> skips,
                         FileProgress progress) {
        if (!Files.exists(file)) {
            skip(listener, skips, named ? new PathProblem(file, PathProblem.MISSING, "no such file")
                    : new PathProblem(file, PathProblem.VANISHED, "vanished since its folder was searched"));
            return null;
        }
        if (!Files.isRegularFile(file)) {
            skip(listener, skips, new PathProblem(file, PathProblem.NOT_REGULAR, "not a regular file"));
            return null;
        }
        byte[] bytes;
        try {
            bytes = reader.bytes(file);
        } catch (IngestException e) {
            skip(listener, skips, new PathProblem(file, e.kind().orElse(NOT_AN_ARTICLE), e.problem()));
            return null;
        }
        return read(file.toString(), bytes, file, listener, skips, progress);
    }

    /** The document these bytes hold, processed; or null (after saying why) when they are not an article. */
    private Read read(String name, byte[] bytes, Path file, IngestListener listener, List<Skipped> skips,
                      FileProgress progress) {
        String id = DocumentReader.idOf(bytes);
        if (store.contains(id)) {
            return new Read(null, bytes, id);
        }
        Reading d;
        try {
            d = reader.readFully(name, bytes);
        } catch (IngestException e) {
            skip(listener, skips, new PathProblem(file, e.kind().orElse(NOT_AN_ARTICLE), e.problem()));
            return null;
        }
        LocalDate published = d.document().published();
        if (since != null && published != null && published.isBefore(since)) {
            beforeSince++;
            return null;
        }
        try {
            Processed p = engine.process(d, progress);
            p.document().flags().stream().filter(DocumentFlag::isLimitDetail).forEach(f -> listener.warning(file, f));
            return new Read(p, bytes);
        } catch (RuntimeException e) {
            // one document the pipeline cannot handle must not stop the run; the trace goes to the log
            LOG.debug("processing {} failed", file, e);
            skip(listener, skips, new PathProblem(file, PROCESSING_FAILED, "processing failed: " + e));
            return null;
        }
    }
}
