package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.app.Failures;
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
                PlacesCommand.class, RegradeCommand.class, ReprocessCommand.class, RemoveCommand.class,
                RoutesCommand.class, RouteCommand.class, ControlCommand.class, ServeCommand.class,
                SeriesCommand.class, ChangesCommand.class, TestClaimCommand.class,
                WatchCommand.class, ImportCommand.class,
                SimulateCommand.class})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|URL", description = DbOption.DESCRIPTION)
    String db;

    /** What a FILE argument of {@code -} reads (tests pass their own). */
    InputStream stdin = System.in;

    /** The store (file or address): a subcommand's own --db, else the global one, else ./sitrep.db. */
    String db(String own) {
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
        Sitrep.awaitBackgroundLoads();
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
        cl.registerConverter(LocalDate.class, Main::isoDate);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionStrategy(Main::refuseUnmatched);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            java.util.Optional<String> expected = e instanceof BadInputException
                    ? java.util.Optional.of(e.getMessage()) : Failures.explain(e);
            if (expected.isPresent()) {
                w.println("sitrep: " + expected.get());
            } else {
                w.println("sitrep: internal error: " + e);
                e.printStackTrace(w);
            }
            w.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    /** A calendar date as the options take it; anything else is a usage error naming the value. */
    static LocalDate isoDate(String value) {
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 1 || d.getYear() > 9999) {
                throw new CommandLine.TypeConversionException("'" + value + "' is outside the years 1 to 9999");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a calendar date in the form YYYY-MM-DD");
        }
    }

    /** A usage error: the problem, a suggestion when a name was mistyped, and where help is; not the whole help. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("sitrep: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return USAGE;
    }

    /**
     * Help asked for beside an unknown word ("sitrep route --help" with no command route) would print the parent's
     * help and succeed; the unknown word is a usage error instead.
     */
    private static int refuseUnmatched(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        return new CommandLine.RunLast().execute(parsed);
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
