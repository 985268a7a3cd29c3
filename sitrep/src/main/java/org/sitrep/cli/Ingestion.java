package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sitrep.app.IngestListener;

/**
 * How the command line shows an ingest or reprocess run: each skipped file as "sitrep: FILE: PROBLEM" on stderr, and a
 * progress bar on stderr when asked for (on a terminal) and there is more than one file or a long one: in kilobytes
 * for an ingest (moving within a file), in files for a reprocess.
 */
final class Ingestion implements IngestListener, AutoCloseable {
    private final PrintWriter err;
    private final boolean progress;
    private ProgressBar bar;
    private boolean inBytes;

    Ingestion(PrintWriter err, boolean progress) {
        this.err = err;
        this.progress = progress;
    }

    @Override
    public void problem(Path file, String problem) {
        err.println("sitrep: " + file + ": " + problem);
        err.flush();
    }

    @Override
    public void starting(int files) {
        if (progress && files > 1) {
            bar = new ProgressBarBuilder().setTaskName("sitrep").setInitialMax(files)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void starting(int files, long bytes) {
        // counted in bytes, so one long file moves the bar too
        if (progress && (files > 1 || bytes >= 1_000_000)) {
            bar = new ProgressBarBuilder().setTaskName("sitrep").setInitialMax(Math.max(1, bytes / 1000))
                    .setUnit(" KB", 1).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            inBytes = true;
        }
    }

    @Override
    public void progress(long bytesDone) {
        if (bar != null && inBytes) {
            bar.stepTo(bytesDone / 1000);
        }
    }

    @Override
    public void step() {
        if (bar != null && !inBytes) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
