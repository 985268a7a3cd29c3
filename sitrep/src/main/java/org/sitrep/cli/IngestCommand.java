package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.IngestSummary;
import org.sitrep.app.Sitrep;
import org.sitrep.app.Grading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads article files (and folders of them), extracts reports and events, stores them.")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
    List<Path> paths;

    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() {
        Grading grading = sources.grading();
        IngestSummary s;
        try (Sitrep sitrep = Sitrep.open(main.db(dbOption.db));
             Ingestion shown = new Ingestion(spec.commandLine().getErr(), System.console() != null)) {
            s = sitrep.ingest(paths, grading, shown);
        }
        spec.commandLine().getOut().println(s.line());
        spec.commandLine().getOut().flush();
        return s.skipped() > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
