package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sitrep.app.IngestListener;

/**
 * How the command line shows an ingest or reprocess run: each skipped file as "sitrep: FILE: PROBLEM" on stderr, and a
 * progress bar on stderr when asked for and there is more than one file.
 */
final class Ingestion implements IngestListener, AutoCloseable {
    private final PrintWriter err;
    private final boolean progress;
    private ProgressBar bar;

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
    public void step() {
        if (bar != null) {
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
