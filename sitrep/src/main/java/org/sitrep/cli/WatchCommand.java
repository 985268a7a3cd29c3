package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sitrep.app.IngestSummary;
import org.sitrep.app.Sitrep;
import org.sitrep.app.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Ingests each file that arrives in a folder (or its subfolders) once it is fully written, "
                + "until stopped with Ctrl-C. Files already there are ingested first.")
final class WatchCommand implements Callable<Integer> {
    /** How long a Ctrl-C waits for the document being recorded and the store to close. */
    private static final long STOP_WAIT_SECONDS = 120;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to watch.")
    Path dir;

    @Option(names = "--since", paramLabel = "DATE", description = "Pass over documents published before this day.")
    LocalDate since;

    @Option(names = "--settle", paramLabel = "SECONDS", description = "How long a file's size must stay the same "
            + "before it is read (default: ${DEFAULT-VALUE}).")
    double settle = 2;

    @Option(names = "--poll", paramLabel = "SECONDS", description = "How often the folder is scanned besides the "
            + "file system's notices (default: ${DEFAULT-VALUE}).")
    double poll = 5;

    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + ": not a folder");
        }
        if (settle < 0 || poll <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--settle and --poll take seconds above 0");
        }
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = null;
        try {
            IngestSummary s;
            try (Sitrep sitrep = Sitrep.open(main.db(dbOption.db));
                 Ingestion shown = new Ingestion(spec.commandLine().getErr(), false)) {
                Watcher watcher = sitrep.watcher(dir, sources.grading(), since, seconds(settle), seconds(poll));
                hook = new Thread(() -> {
                    watcher.stop();
                    try {
                        closed.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "sitrep-watch-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                spec.commandLine().getErr().println("sitrep: watching " + dir + " (Ctrl-C stops)");
                spec.commandLine().getErr().flush();
                s = watcher.run(shown);
            }
            spec.commandLine().getOut().println(s.line());
            spec.commandLine().getOut().flush();
            return s.skipped() > 0 ? Main.BAD_INPUT : Main.OK;
        } finally {
            // the store is closed and the summary written: a Ctrl-C waiting in the hook may let the JVM end now
            closed.countDown();
            removeHook(hook);
        }
    }

    private static void removeHook(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running
        }
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
