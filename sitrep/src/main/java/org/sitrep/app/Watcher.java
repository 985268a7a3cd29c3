package org.sitrep.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sitrep.ingest.SourceFinder;

/**
 * Watches a folder (and the folders inside it) and ingests each file that appears or changes, once its size and
 * modification time have stayed the same for the settle time (so a file still being written is never read half).
 * The file system's watch service wakes it when it can; a scan every poll interval finds what the watch service
 * misses (network and container mounts, a full event queue). Files already there when it starts are ingested too
 * (those already stored are unchanged), so nothing that arrived while no watcher ran is left out. {@link #stop()}
 * (from another thread, a Ctrl-C hook) ends {@link #run} after the document being recorded.
 */
public final class Watcher {
    private final Path dir;
    private final Ingest ingest;
    private final Duration settle;
    private final Duration poll;
    private final boolean useWatchService;
    private final Map<Path, Stat> done = new HashMap<>();
    private final Map<Path, Pending> pending = new HashMap<>();
    private volatile boolean stopped;
    private volatile WatchService service;

    Watcher(Path dir, Ingest ingest, Duration settle, Duration poll, boolean useWatchService) {
        this.dir = dir;
        this.ingest = ingest.stopWhen(() -> stopped);
        this.settle = settle;
        this.poll = poll;
        this.useWatchService = useWatchService;
    }

    /** What a file looked like when last seen. */
    private record Stat(long size, long modified) {
    }

    /** A file waiting to settle: how it looked and since when (nanoTime). */
    private record Pending(Stat stat, long since) {
    }

    /** Watches until {@link #stop()}; returns what was ingested. */
    public IngestSummary run(IngestListener listener) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder");
        }
        IngestSummary total = new IngestSummary(0, 0, 0, 0, 0);
        try (WatchService ws = useWatchService ? FileSystems.getDefault().newWatchService() : null) {
            service = ws;
            register(ws);
            while (!stopped) {
                total = total.plus(scan(listener));
                if (!await(ws)) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(dir + ": cannot watch: " + e.getMessage(), e);
        } finally {
            service = null;
        }
        return total;
    }

    /** Asks {@link #run} to end after the document it is recording; safe from any thread. */
    public void stop() {
        stopped = true;
        WatchService ws = service;
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException e) {
                // the loop sees the flag at its next poll
            }
        }
    }

    /** Waits for a file system event or the next poll; false when stopped meanwhile. */
    private boolean await(WatchService ws) throws IOException {
        long wait = pending.isEmpty() ? poll.toMillis() : Math.max(10, Math.min(poll.toMillis(), settle.toMillis() / 2));
        try {
            if (ws == null) {
                Thread.sleep(wait);
                return !stopped;
            }
            WatchKey key = ws.poll(wait, TimeUnit.MILLISECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
                register(ws); // a new folder is watched too
            }
            return !stopped;
        } catch (ClosedWatchServiceException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void register(WatchService ws) throws IOException {
        if (ws == null) {
            return;
        }
        try (Stream<Path> folders = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        } catch (java.io.UncheckedIOException e) {
            // a folder that vanished during the walk: the next scan finds what is left
        }
    }

    /** Ingests the files whose size and time have settled and that differ from what was ingested before. */
    private IngestSummary scan(IngestListener listener) {
        IngestSummary total = new IngestSummary(0, 0, 0, 0, 0);
        long now = System.nanoTime();
        for (Path file : SourceFinder.find(List.of(dir))) {
            if (stopped) {
                break;
            }
            Stat stat = stat(file);
            if (stat == null || stat.equals(done.get(file))) {
                continue;
            }
            Pending p = pending.get(file);
            if (p == null || !p.stat().equals(stat)) {
                pending.put(file, new Pending(stat, now));
            } else if (now - p.since() >= settle.toNanos()) {
                total = total.plus(ingest.run(List.of(file), listener));
                pending.remove(file);
                if (!stopped) {
                    done.put(file, stat); // a file cut off by stop is read again by the next watcher
                }
            }
        }
        return total;
    }

    private static Stat stat(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? new Stat(a.size(), a.lastModifiedTime().toMillis()) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
