package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.IngestSummary;
import org.sitrep.app.Sitrep;
import org.sitrep.engine.Engine;
import org.sitrep.link.assess.EventAssessor;
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
        EventAssessor assessor = sources.assessor();
        IngestSummary s;
        try (Sitrep sitrep = Sitrep.open(main.db(dbOption.db));
             Ingestion shown = new Ingestion(spec.commandLine().getErr(), System.console() != null)) {
            s = sitrep.ingest(Engine.standard(), assessor, paths, shown);
        }
        spec.commandLine().getOut().println(s.line());
        spec.commandLine().getOut().flush();
        s.notRead().forEach(line -> spec.commandLine().getErr().println("sitrep: " + line));
        spec.commandLine().getErr().flush();
        return s.skipped() > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
