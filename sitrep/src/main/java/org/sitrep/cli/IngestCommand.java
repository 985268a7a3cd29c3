package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.sitrep.app.Grading;
import org.sitrep.app.IngestSummary;
import org.sitrep.app.Sitrep;
import org.sitrep.app.Skipped;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads article files (and folders of them), RSS/Atom feeds, WARC archives and JSON Lines "
                + "article dumps, extracts reports and events, stores them.")
final class IngestCommand implements Callable<Integer> {
    /** A scheme followed by "//": a web address, which sitrep does not fetch. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders (searched recursively), or - for one document on standard input.")
    List<String> paths;

    @Mixin
    SourceOptions sources;

    @picocli.CommandLine.Option(names = "--since", paramLabel = "DATE", description = "Pass over documents "
            + "published before this day (YYYY-MM-DD); they are counted, not skipped as bad. Undated ones are read.")
    java.time.LocalDate since;

    @Override
    public Integer call() throws IOException {
        if (paths.stream().filter(InputText.STDIN::equals).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        Grading grading = sources.grading();
        List<Path> files = new ArrayList<>();
        List<Skipped> addresses = new ArrayList<>();
        boolean stdin = false;
        for (String p : paths) {
            if (InputText.STDIN.equals(p)) {
                stdin = true;
            } else if (WEB_ADDRESS.matcher(p).matches()) {
                spec.commandLine().getErr().println("sitrep: " + p + ": a web address; sitrep reads files and does "
                        + "not fetch pages (save the page, then ingest the file)");
                addresses.add(new Skipped(Path.of(p), "a web address"));
            } else {
                files.add(Path.of(p));
            }
        }
        IngestSummary s;
        try (Sitrep sitrep = Sitrep.open(main.db(dbOption.db));
             Ingestion shown = new Ingestion(spec.commandLine().getErr(), System.console() != null)) {
            s = files.isEmpty() ? new IngestSummary(0, 0, 0, 0, 0) : sitrep.ingest(files, grading, since, shown);
            if (stdin) {
                byte[] bytes = main.stdin.readNBytes((int) Sitrep.MAX_DOCUMENT_BYTES + 1);
                s = s.plus(sitrep.ingest(InputText.STDIN, bytes, grading, shown));
            }
        }
        s = s.plusSkipped(addresses);
        spec.commandLine().getOut().println(s.line());
        spec.commandLine().getOut().flush();
        s.notRead().forEach(line -> spec.commandLine().getErr().println("sitrep: " + line));
        spec.commandLine().getErr().flush();
        return s.skipped() > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
