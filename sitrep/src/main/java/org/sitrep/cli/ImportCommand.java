package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.ImportSummary;
import org.sitrep.app.Sitrep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Loads Parquet tables (documents/, reports/, events/, as `export --format parquet` and the "
                + "batch job write them) into the store, one transaction per document; already stored: unchanged.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder holding documents/, reports/, events/.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + ": not a folder");
        }
        ImportSummary s;
        try (Sitrep sitrep = Sitrep.open(main.db(dbOption.db));
             Ingestion shown = new Ingestion(spec.commandLine().getErr(), false)) {
            s = sitrep.importTables(dir, shown);
        }
        spec.commandLine().getOut().println(s.line());
        spec.commandLine().getOut().flush();
        return s.skipped() > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
