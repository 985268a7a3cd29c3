package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.ingest.IngestException;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code sitrep} command line. Exit codes: 0 ok, 1 bad input (a file skipped, an unknown id, a store that
 * cannot be used), 2 usage error.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns conflict reporting into a sourced, geocoded, queryable record of events.",
        subcommands = {IngestCommand.class, EventsCommand.class, ShowCommand.class, ExportCommand.class,
                DemoCommand.class, ClassifyCommand.class, DatesCommand.class,
                PlacesCommand.class, RegradeCommand.class, ReprocessCommand.class,
                RoutesCommand.class, RouteCommand.class,
                ControlCommand.class})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The store file (default: ./sitrep.db).")
    Path db;

    /** What a FILE argument of {@code -} reads (tests pass their own). */
    InputStream stdin = System.in;

    /** The store file: a subcommand's own --db, else the global one, else ./sitrep.db. */
    Path db(Path own) {
        return own != null ? own : db != null ? db : Sitrep.DEFAULT_DB;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        // the CLI chooses the logging binding's level; library code only logs
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The configured command line, writing to these streams (tests call this in-process). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.in);
    }

    /** The configured command line, writing to these streams and reading {@code -} from {@code in}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream in) {
        Main main = new Main();
        main.stdin = in;
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : BAD_INPUT);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            if (e instanceof StoreException || e instanceof UncheckedIOException || e instanceof IOException
                    || e instanceof IngestException || e instanceof BadInputException) {
                w.println("sitrep: " + e.getMessage());
            } else {
                w.println("sitrep: internal error: " + e);
                e.printStackTrace(w);
            }
            w.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"sitrep " + p.getProperty("version", "(unknown version)")};
        }
    }
}
