package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.link.assess.SourceRegistry;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--sources", paramLabel = "FILE", description = "An extra source registry (same columns as "
            + "the bundled sources.tsv); repeatable. Its outlets are recognised beside the bundled ones.")
    List<Path> sourceFiles = List.of();

    @Option(names = "--source-grades", paramLabel = "FILE", description = "Source reliability letters to use "
            + "(TSV: source<TAB>A-F). Without it every source is F, 'cannot be judged'.")
    Path sourceGrades;

    @Override
    public Integer call() {
        Ingestion.Job job = new Ingestion.Job(main.db(dbOption.db), paths, System.console() != null);
        EventAssessor assessor;
        try {
            assessor = EventAssessor.standard();
            if (!sourceFiles.isEmpty()) {
                assessor = assessor.withRegistry(SourceRegistry.load(sourceFiles));
            }
            if (sourceGrades != null) {
                assessor = assessor.withReliability(sourceGrades);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        IngestSummary s;
        try (Store store = Store.open(job.db(), assessor)) {
            s = new Ingestion(Engine.standard(), spec.commandLine().getErr()).run(store, job.inputs(),
                    job.progress());
        }
        spec.commandLine().getOut().println(s.line());
        spec.commandLine().getOut().flush();
        return s.skipped() > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
